package io.github.sfperm.source;

/** The two layouts of Salesforce metadata on disk. */
public enum SourceFormat {
    /** Salesforce DX source format: {@code sfdx-project.json} and its package directories. */
    SOURCE,
    /** Metadata API format: a folder with {@code package.xml} and type-named sub-folders ({@code classes/}). */
    METADATA_API
}

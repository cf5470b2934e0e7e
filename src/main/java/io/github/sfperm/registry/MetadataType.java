package io.github.sfperm.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One Metadata API type as the registry knows it: its name ({@code ApexClass}), where its files live and what they
 * are called, whether it lives in folders, and its child types. Facts derived from Salesforce's
 * {@code @salesforce/source-deploy-retrieve} registry (see NOTICE), plus the few facts of sfperm's own listed in
 * {@code scripts/derive-registry.py}.
 *
 * @param name the Metadata API name used in {@code package.xml}
 * @param parent for a child type ({@code CustomField}), its parent type ({@code CustomObject}); otherwise null
 * @param directoryName the folder its files live in ({@code classes})
 * @param suffix the file suffix ({@code cls}), may be null
 * @param strictDirectoryName whether its files must live in {@link #directoryName}
 * @param inFolder whether members are {@code Folder/Name} (reports, dashboards, documents, email templates)
 * @param folderType for a type in folders, its folder type ({@code ReportFolder})
 * @param folderContentType for a folder type, the type it holds ({@code Report})
 * @param metaFileSuffix the name of its metadata file when that is not {@code <name>.<suffix>-meta.xml}
 *     ({@code _meta.json}, {@code schema.json})
 * @param xmlElementName for a child type, the element of the parent's XML that holds it ({@code labels})
 * @param uniqueIdElement for a child type, the element naming it inside that element ({@code fullName})
 * @param legacySuffix an older file suffix still recognised
 * @param aliasFor the type this one is another name of ({@code EmailTemplateFolder} is {@code EmailFolder})
 * @param isAddressable false for types that cannot be named in {@code package.xml} ({@code CustomFieldTranslation})
 * @param unaddressableWithoutParent whether it only exists as part of its parent
 * @param supportsWildcardAndName whether {@code *} and named members may be mixed
 * @param supportsPartialDelete whether parts of a component can be deleted
 * @param ignoreParsedFullName whether the member is always the type name ({@code CustomLabels})
 * @param ignoreParentName whether a child's member is its own name only ({@code CustomLabel})
 * @param strategies SDR's source-format strategies: {@code adapter}, {@code transformer}, {@code decomposition},
 *     {@code recomposition}
 * @param children child type names
 * @param childDirectories child type by sub-folder name (source format)
 * @param childSuffixes child type by file suffix (source format)
 * @param wildcardOmitsStandardObjects whether {@code *} leaves out standard objects (members without {@code __})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetadataType(
        String name,
        String parent,
        String directoryName,
        String suffix,
        boolean strictDirectoryName,
        boolean inFolder,
        String folderType,
        String folderContentType,
        String metaFileSuffix,
        String xmlElementName,
        String uniqueIdElement,
        String legacySuffix,
        String aliasFor,
        Boolean isAddressable,
        boolean unaddressableWithoutParent,
        boolean supportsWildcardAndName,
        boolean supportsPartialDelete,
        boolean ignoreParsedFullName,
        boolean ignoreParentName,
        Map<String, String> strategies,
        List<String> children,
        Map<String, String> childDirectories,
        Map<String, String> childSuffixes,
        boolean wildcardOmitsStandardObjects) {

    /** SDR's adapter for types without one. */
    public static final String DEFAULT_ADAPTER = "default";

    public MetadataType {
        strategies = strategies == null ? Map.of() : Map.copyOf(strategies);
        children = children == null ? List.of() : List.copyOf(children);
        childDirectories = childDirectories == null ? Map.of() : Map.copyOf(childDirectories);
        childSuffixes = childSuffixes == null ? Map.of() : Map.copyOf(childSuffixes);
    }

    public boolean isChild() {
        return parent != null;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** The source-format adapter strategy of SDR ({@code default} when none is named). */
    public String adapter() {
        return strategies.getOrDefault("adapter", DEFAULT_ADAPTER);
    }

    /** SDR's transformer strategy ({@code decomposed}, {@code nonDecomposed}, ...), or null. */
    public String transformer() {
        return strategies.get("transformer");
    }

    /** SDR's decomposition strategy ({@code folderPerType}, {@code topLevel}), or null. */
    public String decomposition() {
        return strategies.get("decomposition");
    }

    /** Whether this type can be named in {@code package.xml} ({@code CustomFieldTranslation} cannot). */
    public boolean addressable() {
        return !Boolean.FALSE.equals(isAddressable);
    }

    /** Whether this is a folder type ({@code ReportFolder}): its members are the folders of another type. */
    public boolean isFolderType() {
        return folderContentType != null;
    }

    /** Whether this type is another name of {@link #aliasFor}. */
    public boolean isAlias() {
        return aliasFor != null;
    }

    /**
     * The element of the parent's XML holding this child type: {@link #xmlElementName}, else {@link #directoryName}
     * (as SDR decomposes {@code <fields>} into {@code fields/}).
     */
    public String xmlElement() {
        return xmlElementName != null ? xmlElementName : directoryName;
    }

    /**
     * Whether the type's metadata file is not XML ({@code _meta.json}, {@code schema.json}): then any file under its
     * directory belongs to a component of it.
     */
    public boolean hasNonXmlMetaFile() {
        return metaFileSuffix != null && !metaFileSuffix.endsWith("-meta.xml");
    }
}

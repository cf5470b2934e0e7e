package io.github.sfperm.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One Metadata API type as the registry knows it: its name ({@code ApexClass}), where its files live and what they
 * are called, whether it lives in folders, and its child types. Facts derived from Salesforce's
 * {@code @salesforce/source-deploy-retrieve} registry (see NOTICE).
 *
 * @param name the Metadata API name used in {@code package.xml}
 * @param parent for a child type ({@code CustomField}), its parent type ({@code CustomObject}); otherwise null
 * @param directoryName the folder its files live in ({@code classes})
 * @param suffix the file suffix ({@code cls}), may be null
 * @param strictDirectoryName whether its files must live in {@link #directoryName}
 * @param inFolder whether members are {@code Folder/Name} (reports, dashboards, documents, email templates)
 * @param folderType for a type in folders, its folder type ({@code ReportFolder})
 * @param folderContentType for a folder type, the type it holds ({@code Report})
 * @param children child type names
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
        Map<String, String> childSuffixes) {

    public MetadataType {
        strategies = strategies == null ? Map.of() : Map.copyOf(strategies);
        children = children == null ? List.of() : List.copyOf(children);
        childDirectories = childDirectories == null ? Map.of() : Map.copyOf(childDirectories);
        childSuffixes = childSuffixes == null ? Map.of() : Map.copyOf(childSuffixes);
    }

    public boolean isChild() {
        return parent != null;
    }

    /** The source-format adapter strategy of SDR ({@code default} when none is named). */
    public String adapter() {
        return strategies.getOrDefault("adapter", "default");
    }
}

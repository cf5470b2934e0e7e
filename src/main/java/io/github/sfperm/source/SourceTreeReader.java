package io.github.sfperm.source;

import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.deploy.ManifestReader;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import io.github.sfperm.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a source tree and infers its components exactly as Salesforce's tooling
 * ({@code sf project generate manifest --source-dir}) does: a Salesforce DX project ({@code sfdx-project.json},
 * every package directory, {@code .forceignore}) or a Metadata API format folder ({@code package.xml} beside
 * type-named sub-folders). Only directory listings are read, plus the XML of files that hold child components.
 * Where sfperm differs from Salesforce's tooling on purpose, {@code docs/source-formats.md} says so.
 */
public final class SourceTreeReader {

    /** Where a Metadata API folder is looked for in a project without {@code sfdx-project.json}. */
    public static final List<String> METADATA_API_FOLDERS = List.of("src", ".");

    private SourceTreeReader() {}

    /**
     * The source tree of the project in {@code baseDir}: its {@code sfdx-project.json}, or else its Metadata API
     * folder ({@code src/package.xml}, else {@code package.xml}).
     */
    public static SourceTree read(Path baseDir) throws InputException {
        return read(baseDir, MetadataRegistry.builtIn());
    }

    public static SourceTree read(Path baseDir, MetadataRegistry registry) throws InputException {
        Path base = baseDir.toAbsolutePath().normalize();
        Path projectFile = base.resolve(SfdxProject.FILE_NAME);
        if (Files.isRegularFile(projectFile)) {
            return readProject(SfdxProject.read(projectFile), registry);
        }
        Optional<Path> folder = findMetadataApiFolder(base);
        if (folder.isPresent()) {
            return readMetadataApiFolder(base, folder.get(), registry);
        }
        throw new InputException(
                "no source tree found: neither " + SfdxProject.FILE_NAME
                        + " nor a Metadata API folder (src/package.xml or package.xml beside type folders such as"
                        + " classes/) is in this directory; when the Salesforce project lies in a sub-directory, set"
                        + " <projectDirectory> (-Dsfperm.projectDirectory)",
                base);
    }

    /**
     * Like {@link #read(Path)}, but empty when {@code baseDir} holds neither {@code sfdx-project.json} nor a Metadata
     * API folder (a project that only has manifests). A source tree that is there but broken is still an error.
     */
    public static Optional<SourceTree> readIfPresent(Path baseDir) throws InputException {
        Path base = baseDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(base.resolve(SfdxProject.FILE_NAME))
                && findMetadataApiFolder(base).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(base));
    }

    /**
     * Loads what reading a source tree takes (the {@code .forceignore} matcher, the SAX scan of metadata files) by matching a path
     * against the default {@code .forceignore} patterns and scanning a tiny file held in memory: for
     * {@code CheckEngine.warmUp}, on another thread while a check runs.
     */
    public static void warmUp() {
        try {
            ForceIgnore.parse(String.join("\n", ForceIgnore.DEFAULT_PATTERNS), null)
                    .matches("force-app/main/default/classes/A.cls", false);
            SecureXml.scan(
                    "<CustomLabels><labels><fullName>A</fullName></labels></CustomLabels>"
                            .getBytes(StandardCharsets.UTF_8),
                    Path.of("warm-up.xml"),
                    new ContainerScan(Map.of("labels", Set.of("fullName"))));
        } catch (InputException e) {
            // cannot happen for these; the check meets any real problem itself
        }
    }

    /** {@code src/} or the directory itself, whichever holds a {@code package.xml}. */
    public static Optional<Path> findMetadataApiFolder(Path baseDir) {
        for (String candidate : METADATA_API_FOLDERS) {
            Path folder = baseDir.resolve(candidate).normalize();
            if (Files.isRegularFile(folder.resolve("package.xml"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** Every package directory of {@code project}, with its {@code .forceignore}. */
    public static SourceTree readProject(SfdxProject project, MetadataRegistry registry) throws InputException {
        Path base = project.directory();
        ForceIgnore forceIgnore = ForceIgnore.of(base);
        List<PackageDirectory> directories = project.packageDirectories();
        FileTree tree = FileTree.scan(
                base, directories.stream().map(PackageDirectory::directory).toList(), forceIgnore);
        Assembler assembler = new Assembler(registry);
        List<Resolver> resolvers = new ArrayList<>();
        List<List<FileNode>> roots = new ArrayList<>();
        for (PackageDirectory directory : directories) {
            FileNode root = tree.node(directory.directory());
            Resolver resolver = new Resolver(registry, root, true);
            resolver.walk(root);
            assembler.add(resolver, directory, true);
            resolvers.add(resolver);
            roots.add(List.of(root));
        }
        List<String> notes = new ArrayList<>(project.notes());
        forceIgnore.disregarded().ifPresent(why -> notes.add(ForceIgnore.FILE_NAME + ": " + why));
        notes.addAll(assembler.notes);
        return finish(
                base,
                SourceFormat.SOURCE,
                directories,
                project.sourceApiVersion(),
                tree,
                assembler,
                resolvers,
                roots,
                true,
                notes,
                registry);
    }

    /** The Metadata API format folder {@code folder} on its own: its type-named sub-folders, no .forceignore. */
    public static SourceTree readMetadataApiFolder(Path folder) throws InputException {
        Path dir = folder.toAbsolutePath().normalize();
        return readMetadataApiFolder(dir, dir, MetadataRegistry.builtIn());
    }

    /**
     * The Metadata API format folder {@code folder} of the project {@code baseDir}: the sub-folders named like a
     * type's directory ({@code classes}, {@code objects}, ...); other files beside {@code package.xml} are not part
     * of it. {@code .forceignore} does not apply, as in Salesforce's tooling.
     */
    public static SourceTree readMetadataApiFolder(Path baseDir, Path folder, MetadataRegistry registry)
            throws InputException {
        Path base = baseDir.toAbsolutePath().normalize();
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new InputException(
                    "is not a directory: a Metadata API folder holds package.xml and type folders", dir);
        }
        List<Path> typeFolders = new ArrayList<>();
        for (String name : registry.typeDirectoryNames()) {
            Path candidate = dir.resolve(name);
            if (Files.isDirectory(candidate)) {
                typeFolders.add(candidate);
            }
        }
        List<String> notes = new ArrayList<>();
        FileTree tree = FileTree.scan(base, typeFolders.isEmpty() ? List.of(dir) : typeFolders, ForceIgnore.none());
        FileNode root = tree.node(dir);
        PackageDirectory directory = new PackageDirectory(
                PackageDirectory.display(base, dir), PackageDirectory.display(base, dir), dir, true);
        Resolver resolver = new Resolver(registry, root, false);
        List<FileNode> starts = Resolver.typeDirectories(root, registry.typeDirectoryNames());
        for (FileNode start : starts) {
            resolver.walk(start);
        }
        Assembler assembler = new Assembler(registry);
        assembler.add(resolver, directory, false);
        notes.addAll(assembler.notes);
        return finish(
                base,
                SourceFormat.METADATA_API,
                List.of(directory),
                manifestVersion(dir, notes, base),
                tree,
                assembler,
                List.of(resolver),
                List.of(starts),
                false,
                notes,
                registry);
    }

    private static Optional<String> manifestVersion(Path folder, List<String> notes, Path base) {
        Path manifest = folder.resolve("package.xml");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            InputFiles.requireInside(base, manifest);
            return ManifestReader.read(manifest, Operation.DEPLOY).apiVersion();
        } catch (InputException e) {
            notes.add("the API version of " + DisplayPath.of(base, manifest) + " is unknown: " + e.describe(base));
            return Optional.empty();
        }
    }

    private static SourceTree finish(
            Path base,
            SourceFormat format,
            List<PackageDirectory> directories,
            Optional<String> apiVersion,
            FileTree tree,
            Assembler assembler,
            List<Resolver> resolvers,
            List<List<FileNode>> roots,
            boolean applyIgnore,
            List<String> notes,
            MetadataRegistry registry) {
        Map<FileNode, String> problems = new LinkedHashMap<>();
        for (Resolver resolver : resolvers) {
            resolver.problems.forEach(problems::putIfAbsent);
        }
        problems.putAll(assembler.unexpectedChildren);
        List<UnclaimedFile> unclaimed = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        Set<FileNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < roots.size(); i++) {
            Resolver resolver = resolvers.get(i);
            for (FileNode root : roots.get(i)) {
                collect(root, resolver, assembler, problems, applyIgnore, registry, unclaimed, ignored, visited);
            }
        }
        for (FileTree.Skipped skipped : tree.skipped()) {
            unclaimed.add(new UnclaimedFile(skipped.path(), skipped.reason()));
        }
        unclaimed.sort(Comparator.comparing(UnclaimedFile::file));
        ignored.sort(Comparator.naturalOrder());
        return new SourceTree(
                base, format, directories, apiVersion, assembler.components(), unclaimed, ignored, notes, registry);
    }

    private static void collect(
            FileNode node,
            Resolver resolver,
            Assembler assembler,
            Map<FileNode, String> problems,
            boolean applyIgnore,
            MetadataRegistry registry,
            List<UnclaimedFile> unclaimed,
            List<Path> ignored,
            Set<FileNode> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (applyIgnore && node.isIgnored()) {
            if (node.parent() == null || !node.parent().isIgnored()) {
                ignored.add(node.path());
            }
            return;
        }
        if (node.isDirectory()) {
            for (FileNode child : node.children()) {
                collect(child, resolver, assembler, problems, applyIgnore, registry, unclaimed, ignored, visited);
            }
            return;
        }
        if (!Assembler.isClaimed(node)) {
            unclaimed.add(new UnclaimedFile(node.path(), reason(node, resolver, problems, registry)));
        }
    }

    private static String reason(
            FileNode file, Resolver resolver, Map<FileNode, String> problems, MetadataRegistry registry) {
        String problem = problems.get(file);
        if (problem != null) {
            return problem;
        }
        MetadataType type = registry.typeBySuffix(Names.extension(file.name())).orElse(null);
        if (type != null
                && resolver.parts(file).contains(type.directoryName())
                && "matchingContentFile".equals(type.adapter())) {
            String component =
                    type.name() + " " + Names.contentFile(file.name()).fullName();
            FileNode metaXml = file.parent().child(file.name() + Names.META_XML);
            if (metaXml == null) {
                return "the source of " + component + " needs its metadata file " + file.name() + Names.META_XML
                        + " beside it";
            }
            if (metaXml.isIgnored()) {
                return "its metadata file " + metaXml.name() + " is force-ignored, so " + component + " is not"
                        + " deployed: .forceignore must ignore both or neither";
            }
        }
        return UnclaimedFile.NOT_METADATA;
    }
}

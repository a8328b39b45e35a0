package dev.retort;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the revisions listed in {@value #RESOURCE} resources, which the annotation processor writes: UTF-8, one fully
 * qualified class name per line, {@code #} starting a comment. Every such resource the class loader sees counts, so
 * revisions may come from several jars; nothing else on the class path is scanned.
 *
 * <p>Since format 2 the processor follows each class name with a line that describes the class's {@code @Revision}
 * (a comment to readers of format 1): {@code #= id=b5d4111c37f0 parents=8e2f2e66022e dependsOn= branchLabels=
 * transactional=true fingerprint=<64 hex digits>}. With a description of every revision, a command can build the
 * revision graph and decide that there is nothing to do without loading a class ({@link NothingToDo}).
 */
final class RevisionIndex {


    static final String RESOURCE = "META-INF/retort/revisions";

    /** The start of a line that describes the class named on the line before it. */
    static final String DESCRIPTION = "#=";

    private RevisionIndex() {}

    /**
     * One listed class.
     *
     * @param described what its description line says, without a migration; null when the resource has none for it
     *     (format 1, a hand-written index) or it cannot be read
     */
    record Entry(String className, URL resource, LoadedRevision described) {}

    /** Loads and instantiates every listed class. */
    static List<LoadedRevision> load(ClassLoader loader) {
        return load(read(loader), loader);
    }

    /**
     * Loads and instantiates the listed classes. A revision keeps the fingerprint its description gives only when the
     * description declares what the class declares: an index that a build without the annotation processor left
     * behind may describe a class as it was.
     */
    static List<LoadedRevision> load(List<Entry> entries, ClassLoader loader) {
        List<LoadedRevision> revisions = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            LoadedRevision loaded = LoadedRevision.load(loadClass(entry.className(), entry.resource(), loader),
                    "listed in " + entry.resource());
            LoadedRevision described = entry.described();
            if (described != null && !described.declaresAs(loaded)) {
                Log.get().log(Level.WARNING, () -> entry.resource() + " describes revision class " + entry.className()
                        + " otherwise than the class declares it; build with the Retort annotation processor to"
                        + " write the index again (until then, every start replays the applied revisions)");
            }
            revisions.add(described != null && described.declaresAs(loaded)
                    ? loaded.withFingerprint(described.fingerprint())
                    : loaded);
        }
        return revisions;
    }

    /** The listed classes, each once (the same jar twice on a class path lists a class twice), without loading any. */
    static List<Entry> read(ClassLoader loader) {
        Map<String, Entry> listed = new LinkedHashMap<>();
        for (URL resource : resources(loader)) {
            for (Entry entry : entries(resource)) {
                listed.putIfAbsent(entry.className(), entry);
            }
        }
        return new ArrayList<>(listed.values());
    }

    /** The revisions as the index describes them, or null when it does not describe every one of them. */
    static List<LoadedRevision> described(List<Entry> entries) {
        List<LoadedRevision> described = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (entry.described() == null) {
                return null;
            }
            described.add(entry.described());
        }
        return described;
    }

    private static List<URL> resources(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new RetortException("cannot list the " + RESOURCE + " resources: " + e.getMessage(), e);
        }
    }

    private static List<Entry> entries(URL resource) {
        String text;
        try (InputStream in = resource.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        String className = null;
        String description = null;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (line.startsWith(DESCRIPTION)) {
                // A description follows its class; one without a class before it describes nothing.
                if (className != null && description == null) {
                    description = line.substring(DESCRIPTION.length());
                }
                continue;
            }
            int comment = line.indexOf('#');
            String name = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!name.isEmpty()) {
                if (className != null) {
                    entries.add(entry(className, resource, description));
                }
                className = name;
                description = null;
            }
        }
        if (className != null) {
            entries.add(entry(className, resource, description));
        }
        return entries;
    }

    private static Entry entry(String className, URL resource, String description) {
        return new Entry(className, resource, description == null ? null : describe(className, description));
    }

    /**
     * The revision a description line declares, without a migration; null when the line cannot be read (a later
     * format, a hand-edited index): the class is then loaded to learn it.
     */
    static LoadedRevision describe(String className, String description) {
        String id = null;
        List<String> parents = List.of();
        List<String> dependsOn = List.of();
        List<String> branchLabels = List.of();
        Boolean transactional = null;
        String fingerprint = null;
        for (String field : description.split(" ")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String value = field.substring(equals + 1);
            switch (field.substring(0, equals)) {
                case "id" -> id = value;
                case "parents" -> parents = list(value);
                case "dependsOn" -> dependsOn = list(value);
                case "branchLabels" -> branchLabels = list(value);
                case "transactional" -> transactional = value.equals("true") ? Boolean.TRUE
                        : value.equals("false") ? Boolean.FALSE : null;
                case "fingerprint" -> fingerprint = Fingerprint.isValid(value) ? value : null;
                default -> {
                    // A field of a later format: what this version needs is there, or the line is refused below.
                }
            }
        }
        if (id == null || transactional == null) {
            return null;
        }
        try {
            return new LoadedRevision(id, parents, dependsOn, branchLabels, transactional, "", className, null,
                    fingerprint);
        } catch (RetortException e) {
            return null;
        }
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    private static Class<?> loadClass(String className, URL resource, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new RetortException("revision class " + className + " (listed in " + resource
                    + ") is not on the class path", e);
        } catch (LinkageError e) {
            throw new RetortException("revision class " + className + " (listed in " + resource
                    + ") cannot be loaded: " + e, e);
        }
    }
}

package dev.retort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 */
final class RevisionIndex {

    static final String RESOURCE = "META-INF/retort/revisions";

    private RevisionIndex() {}

    static List<LoadedRevision> load(ClassLoader loader) {
        // A class listed twice (the same jar twice on a class path) is still one revision.
        Map<String, URL> listedIn = new LinkedHashMap<>();
        for (URL resource : resources(loader)) {
            for (String className : classNames(resource)) {
                listedIn.putIfAbsent(className, resource);
            }
        }
        List<LoadedRevision> revisions = new ArrayList<>();
        listedIn.forEach((className, resource) ->
                revisions.add(LoadedRevision.load(loadClass(className, resource, loader), "listed in " + resource)));
        return revisions;
    }

    private static List<URL> resources(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new RetortException("cannot list the " + RESOURCE + " resources: " + e.getMessage(), e);
        }
    }

    private static List<String> classNames(URL resource) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new RetortException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return names;
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

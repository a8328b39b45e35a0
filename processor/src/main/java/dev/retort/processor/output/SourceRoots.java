package dev.retort.processor.output;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the source directory of a class from its compilation unit: the file's path minus the package directories
 * ({@code .../src/main/java/com/example/Fee.java} gives {@code .../src/main/java}). Needs javac's tree API.
 */
public final class SourceRoots {

    private SourceRoots() {}

    /** The source directory of {@code type}; empty after reporting why it cannot be told. */
    public static Optional<Path> find(ProcessingEnvironment env, TypeElement type, Reporter reporter) {
        URI file;
        try {
            TreePath path = Trees.instance(env).getPath(type);
            if (path == null) {
                reporter.report(type, Message.SOURCE_ROOT_UNKNOWN, type.getSimpleName(), "it has no source file");
                return Optional.empty();
            }
            file = path.getCompilationUnit().getSourceFile().toUri();
        } catch (IllegalArgumentException e) {
            reporter.report(type, Message.SOURCE_ROOT_UNKNOWN, type.getSimpleName(),
                    "the compiler does not offer javac's tree API");
            return Optional.empty();
        }
        if (!"file".equals(file.getScheme())) {
            reporter.report(type, Message.SOURCE_ROOT_UNKNOWN, type.getSimpleName(), "its source is " + file);
            return Optional.empty();
        }
        Path directory = Path.of(file).getParent();
        String packageName = packageOf(env, type);
        Path packagePath = Path.of("", packageName.isEmpty() ? new String[0] : packageName.split("\\."));
        if (!packageName.isEmpty() && !directory.endsWith(packagePath)) {
            reporter.report(type, Message.SOURCE_ROOT_UNKNOWN, type.getSimpleName(),
                    "its source file " + file.getPath() + " is not in a directory named after package " + packageName);
            return Optional.empty();
        }
        for (int i = 0; i < packagePath.getNameCount() && !packageName.isEmpty(); i++) {
            directory = directory.getParent();
        }
        return Optional.of(directory);
    }

    /**
     * Whether {@code sourceRoot} holds the source file of the top-level class {@code qualifiedName}: revisions are
     * written into the source tree, so the revisions of this module are there, and those of its dependencies are not.
     */
    public static boolean holdsSourceOf(Path sourceRoot, String qualifiedName) {
        return Files.isRegularFile(sourceRoot.resolve(qualifiedName.replace('.', '/') + ".java"));
    }

    private static String packageOf(ProcessingEnvironment env, TypeElement type) {
        PackageElement packageElement = env.getElementUtils().getPackageOf(type);
        return packageElement.getQualifiedName().toString();
    }
}

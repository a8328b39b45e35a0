package dev.retort.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Loads the classes a compile-testing compilation produced in memory, so that tests can run them. */
final class CompiledClasses extends ClassLoader {

    private final Compilation compilation;

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        this.compilation = compilation;
    }

    /** Writes the class files of {@code compilation} into {@code directory}, as javac's {@code -d} would. */
    static Path writeTo(Compilation compilation, Path directory) {
        String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(marker)) {
                Path target = directory.resolve(path.substring(path.indexOf(marker) + marker.length()));
                try (InputStream in = file.openInputStream()) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return directory;
    }

    <T> T newInstance(String className, Class<T> type) {
        try {
            return type.cast(loadClass(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + className, e);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
                .orElseThrow(() -> new ClassNotFoundException(name));
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

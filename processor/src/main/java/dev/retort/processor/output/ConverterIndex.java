package dev.retort.processor.output;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The resource {@value #RESOURCE}: the module's converters annotated {@code @Converter(autoApply = true)}, one
 * qualified name per line. A build that compiles an entity but not the converter that Hibernate applies to one of its
 * attributes (an IDE's build of one file) finds the converter through the previous build's list, so it maps the
 * column as a full build does.
 */
public final class ConverterIndex {

    public static final String RESOURCE = "META-INF/retort/converters";

    private ConverterIndex() {}

    /** Writes the list when there is at least one converter. */
    public static void write(Filer filer, Collection<String> converters, Reporter reporter) {
        if (converters.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("# Converters of this module that apply without @Convert,"
                + " listed by the Retort annotation processor.\n");
        converters.stream().sorted().forEach(name -> text.append(name).append('\n'));
        try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openWriter()) {
            writer.write(text.toString());
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, RESOURCE, e.getMessage());
        }
    }

    /**
     * The class names a previous build listed in {@code location} ({@code CLASS_OUTPUT}, or the first list on
     * {@code CLASS_PATH}); empty when there is none or it cannot be read.
     */
    public static List<String> read(Filer filer, JavaFileManager.Location location) {
        List<String> names = new ArrayList<>();
        for (String line : PreviousResource.read(filer, location, RESOURCE).orElse("").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }
}

package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The unique constraints and indexes declared on a {@code @Table}, {@code @JoinTable}, {@code @CollectionTable} or
 * {@code @SecondaryTable}-like annotation: {@code @UniqueConstraint(name, columnNames)} and
 * {@code @Index(name, columnList, unique)}, whose column list may order a column {@code ASC} or {@code DESC}.
 */
final class TableParts {

    private static final Set<String> INDEX_ATTRIBUTES = Set.of("name", "columnList", "unique");
    private static final Set<String> UNIQUE_CONSTRAINT_ATTRIBUTES = Set.of("name", "columnNames");

    private final Elements elements;
    private final Naming naming;
    private final Reporter reporter;

    TableParts(Elements elements, Naming naming, Reporter reporter) {
        this.elements = elements;
        this.naming = naming;
        this.reporter = reporter;
    }

    List<EntityMapping.Declared> uniqueConstraints(Element element, MirroredAnnotation table) {
        List<EntityMapping.Declared> declared = new ArrayList<>();
        for (MirroredAnnotation constraint : table.annotations("uniqueConstraints", elements)) {
            Attributes.reject(element, constraint, UNIQUE_CONSTRAINT_ATTRIBUTES, reporter);
            List<String> columns = constraint.strings("columnNames").stream().map(naming::column).toList();
            if (columns.isEmpty()) {
                reporter.report(element, table.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(element),
                        "@UniqueConstraint needs at least one column name");
            } else {
                declared.add(new EntityMapping.Declared(name(constraint), columns, true, Set.of()));
            }
        }
        return declared;
    }

    List<EntityMapping.Declared> indexes(Element element, MirroredAnnotation table) {
        List<EntityMapping.Declared> declared = new ArrayList<>();
        for (MirroredAnnotation index : table.annotations("indexes", elements)) {
            Attributes.reject(element, index, INDEX_ATTRIBUTES, reporter);
            index(element, table, index).ifPresent(declared::add);
        }
        return declared;
    }

    /** {@code columnList = "due_date DESC, status"}: column names, each optionally followed by ASC or DESC. */
    private Optional<EntityMapping.Declared> index(Element element, MirroredAnnotation table, MirroredAnnotation index) {
        String columnList = index.string("columnList");
        List<String> columns = new ArrayList<>();
        Set<String> descending = new LinkedHashSet<>();
        for (String entry : columnList.split(",", -1)) {
            String[] words = entry.strip().split("\\s+");
            boolean ordered = words.length == 2 && Set.of("asc", "desc").contains(words[1].toLowerCase(Locale.ROOT));
            if (!(words.length == 1 || ordered) || words[0].isEmpty()) {
                reporter.report(element, table.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(element),
                        "@Index(columnList = \"" + columnList + "\") is not a comma-separated list of column names,"
                                + " each optionally followed by ASC or DESC");
                return Optional.empty();
            }
            String column = naming.column(words[0]);
            columns.add(column);
            if (ordered && words[1].equalsIgnoreCase("desc")) {
                descending.add(column);
            }
        }
        return Optional.of(new EntityMapping.Declared(name(index), columns, index.bool("unique"), descending));
    }

    private static Optional<String> name(MirroredAnnotation annotation) {
        return Optional.of(annotation.string("name")).filter(name -> !name.isEmpty());
    }
}

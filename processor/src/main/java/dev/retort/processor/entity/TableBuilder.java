package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A table being assembled from the attributes of one or more entities: its columns by folded name (so that two
 * attributes mapped to one column are caught), its key, constraints and indexes, each constraint named as Retort names
 * them unless the mapping names it.
 */
final class TableBuilder {

    private final String name;
    private final TypeElement owner;
    private final EntitySchema.Builder result;
    private final Reporter reporter;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Element> mappedBy = new HashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private Optional<String> comment = Optional.empty();

    /**
     * @param owner the entity the table belongs to: the one it maps, or the one whose collection it holds
     */
    TableBuilder(String name, TypeElement owner, EntitySchema.Builder result, Reporter reporter) {
        this.name = name;
        this.owner = owner;
        this.result = result;
        this.reporter = reporter;
    }

    String name() {
        return name;
    }

    TypeElement owner() {
        return owner;
    }

    List<String> primaryKey() {
        return primaryKey;
    }

    int columnCount() {
        return columns.size();
    }

    List<Column> columns() {
        return List.copyOf(columns.values());
    }

    /** The column named {@code column} (folded as the database folds it), or null. */
    Column find(String column) {
        return columns.get(SchemaAssembler.key(column));
    }

    void comment(Optional<String> newComment) {
        comment = newComment;
    }

    /** Adds the column; false after reporting that the table has one of that name already. */
    boolean column(Column column, Element element) {
        Element previous = mappedBy.putIfAbsent(SchemaAssembler.key(column.name()), element);
        if (previous != null) {
            reporter.report(element, Message.DUPLICATE_COLUMN, ElementNames.of(element), column.name(), name,
                    ElementNames.of(previous));
            return false;
        }
        requireLength(element, column.name(), reporter);
        columns.put(SchemaAssembler.key(column.name()), column);
        result.field(name, column.name(), element);
        return true;
    }

    /** The discriminator column of a hierarchy's table, which no attribute maps. */
    void discriminator(Column column) {
        columns.put(SchemaAssembler.key(column.name()), column);
        mappedBy.put(SchemaAssembler.key(column.name()), owner);
    }

    void unique(Optional<String> constraintName, List<String> columnNames) {
        String tablePart = SchemaAssembler.tablePart(name);
        uniqueConstraints.add(new UniqueConstraint(
                constraintName.orElse(Names.uniqueConstraint(tablePart, columnNames)), columnNames));
    }

    void foreignKey(Attribute.ForeignKeyName foreignKey, List<String> columnNames, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        if (foreignKey.none() || columnNames.isEmpty()) {
            return;
        }
        String constraintName = foreignKey.name()
                .orElse(Names.foreignKey(SchemaAssembler.tablePart(name), columnNames));
        foreignKeys.add(new ForeignKey(constraintName, columnNames, referencedTable, referencedColumns, onDelete));
    }

    /**
     * An {@code @Index}; a unique one over ascending columns is a unique constraint, as Hibernate declares it, so that
     * foreign keys may refer to its columns.
     */
    void index(EntityMapping.Declared declared, List<String> columnNames) {
        if (declared.unique() && declared.descending().isEmpty()) {
            unique(declared.name(), columnNames);
            return;
        }
        String indexName = declared.name().orElse(Names.index(SchemaAssembler.tablePart(name), columnNames));
        List<String> descending = columnNames.stream()
                .filter(column -> declared.descending().stream()
                        .anyMatch(d -> SchemaAssembler.key(d).equals(SchemaAssembler.key(column))))
                .toList();
        indexes.add(new Index(indexName, columnNames, declared.unique(), java.util.Set.copyOf(descending)));
    }

    void check(String checkName, String expression) {
        check(new CheckConstraint(checkName, expression));
    }

    /** Adds the check, once: the same required column may be declared by several subclasses. */
    void check(CheckConstraint check) {
        if (!checks.contains(check)) {
            checks.add(check);
        }
    }

    /** The table; empty after reporting what makes it invalid (two constraints of one name, say). */
    Optional<Table> build(Reporter reporter) {
        try {
            return Optional.of(new Table(name, List.copyOf(columns.values()), primaryKey, dedupe(uniqueConstraints),
                    foreignKeys, indexes, checks, comment));
        } catch (IllegalArgumentException e) {
            reporter.report(owner, Message.INVALID_MAPPING, owner.getSimpleName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A one-to-one's unique join column may also be declared unique on its @JoinColumn: keep one constraint. */
    private static List<UniqueConstraint> dedupe(List<UniqueConstraint> constraints) {
        Map<List<String>, UniqueConstraint> byColumns = new LinkedHashMap<>();
        constraints.forEach(constraint -> byColumns.putIfAbsent(constraint.columns(), constraint));
        return List.copyOf(byColumns.values());
    }

    static void requireLength(Element element, String name, Reporter reporter) {
        if (name.getBytes(StandardCharsets.UTF_8).length > Names.MAX_BYTES) {
            reporter.report(element, Message.INVALID_MAPPING, ElementNames.of(element), "the name " + name
                    + " is longer than " + Names.MAX_BYTES + " bytes, which PostgreSQL would silently truncate");
        }
    }
}

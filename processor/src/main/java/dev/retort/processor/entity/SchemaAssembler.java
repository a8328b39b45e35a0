package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Turns the mappings of all entities (those of the compilation and those the snapshot names from the class path) into
 * one schema: resolves {@code @ManyToOne} references, names default constraints, and reports what clashes between
 * entities or within one.
 */
final class SchemaAssembler {

    private final NamingStrategy naming;
    private final Reporter reporter;

    SchemaAssembler(NamingStrategy naming, Reporter reporter) {
        this.naming = naming;
        this.reporter = reporter;
    }

    /** The schema of {@code mappings}; empty when something clashed, after reporting it. */
    Optional<EntitySchema> assemble(List<EntityMapping> mappings) {
        EntitySchema.Builder result = new EntitySchema.Builder();
        Map<String, EntityMapping> byTableKey = new LinkedHashMap<>();
        for (EntityMapping mapping : mappings) {
            EntityMapping first = byTableKey.putIfAbsent(key(mapping.table()), mapping);
            if (first != null) {
                reporter.report(mapping.element(), Message.DUPLICATE_TABLE,
                        mapping.simpleName(), first.simpleName(), mapping.table());
            }
        }
        Map<TypeElement, EntityMapping> byElement = new HashMap<>();
        mappings.forEach(mapping -> byElement.put(mapping.element(), mapping));
        for (EntityMapping mapping : byTableKey.values()) {
            table(mapping, byElement, result).ifPresent(table -> result.table(table, mapping));
        }
        return reporter.hasErrors() ? Optional.empty() : Optional.of(result.build());
    }

    private Optional<Table> table(EntityMapping mapping, Map<TypeElement, EntityMapping> entities,
            EntitySchema.Builder result) {
        String table = mapping.table();
        requireLength(mapping.element(), table);
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Element> mappedBy = new HashMap<>();
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        mapping.checks().forEach(check -> checks.add(new CheckConstraint(check.name(), check.expression())));
        for (Property property : mapping.properties()) {
            Optional<Column> column = property instanceof Property.Reference reference
                    ? referenceColumn(table, reference, entities, foreignKeys)
                    : Optional.of(((Property.Basic) property).column());
            column.ifPresent(c -> {
                Element previous = mappedBy.putIfAbsent(key(c.name()), property.field());
                if (previous != null) {
                    reporter.report(property.field(), Message.DUPLICATE_COLUMN, ElementNames.of(property.field()),
                            c.name(), table, ElementNames.of(previous));
                    return;
                }
                requireLength(property.field(), c.name());
                columns.put(key(c.name()), c);
                result.field(table, c.name(), property.field());
                property.renamedFrom().ifPresent(old -> result.renamedColumn(table, c.name(), old));
                if (property instanceof Property.Basic basic) {
                    if (basic.unique()) {
                        uniqueConstraints.add(new UniqueConstraint(
                                Names.uniqueConstraint(table, List.of(c.name())), List.of(c.name())));
                    }
                    basic.checks().forEach(check -> checks.add(new CheckConstraint(check.name(), check.expression())));
                    basic.enumColumn().ifPresent(mapped -> {
                        result.enumColumn(table, c.name(), mapped);
                        EnumChecks.of(table, c.name(), mapped).ifPresent(checks::add);
                    });
                    basic.sequence().ifPresent(sequence -> result.sequence(sequence, property.field(), reporter));
                }
            });
        }
        List<Index> indexes = new ArrayList<>();
        for (EntityMapping.Declared declared : mapping.uniqueConstraints()) {
            resolve(mapping, "@UniqueConstraint", declared, columns).ifPresent(names -> uniqueConstraints.add(
                    new UniqueConstraint(declared.name().orElse(Names.uniqueConstraint(table, names)), names)));
        }
        for (EntityMapping.Declared declared : mapping.indexes()) {
            resolve(mapping, "@Index", declared, columns).ifPresent(names -> indexes.add(
                    new Index(declared.name().orElse(Names.index(table, names)), names, declared.unique())));
        }
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        try {
            List<String> primaryKey = List.of(mapping.id().column().name());
            return Optional.of(new Table(table, List.copyOf(columns.values()), primaryKey, uniqueConstraints,
                    foreignKeys, indexes, checks, mapping.comment()));
        } catch (IllegalArgumentException e) {
            reporter.report(mapping.element(), Message.INVALID_MAPPING, mapping.simpleName(), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Column> referenceColumn(String table, Property.Reference reference,
            Map<TypeElement, EntityMapping> entities, List<ForeignKey> foreignKeys) {
        EntityMapping target = entities.get(reference.target());
        if (target == null) {
            reporter.report(reference.field(), Message.INVALID_REFERENCE, ElementNames.of(reference.field()),
                    reference.target().getQualifiedName()
                            + " is not an @Entity of this compilation or of the snapshot");
            return Optional.empty();
        }
        if (target.properties().stream().noneMatch(p -> p instanceof Property.Basic basic && basic.id())) {
            reporter.report(reference.field(), Message.INVALID_REFERENCE, ElementNames.of(reference.field()),
                    target.simpleName() + " has no single @Id to refer to");
            return Optional.empty();
        }
        Column targetId = target.id().column();
        String name = reference.column().orElseGet(() -> naming.physicalName(
                reference.field().getSimpleName() + "_" + Names.unquoted(targetId.name())));
        foreignKeys.add(new ForeignKey(Names.foreignKey(table, List.of(name)), List.of(name), target.table(),
                List.of(targetId.name()), reference.onDelete()));
        return Optional.of(new Column(name, targetId.type(), reference.nullable(), false));
    }

    private Optional<List<String>> resolve(EntityMapping mapping, String what, EntityMapping.Declared declared,
            Map<String, Column> columns) {
        List<String> names = new ArrayList<>();
        for (String column : declared.columns()) {
            Column found = columns.get(key(column));
            if (found == null) {
                reporter.report(mapping.element(), mapping.tableAnnotation().orElseThrow().mirror(), null,
                        Message.UNKNOWN_COLUMN, what, mapping.simpleName(), column, mapping.table());
                return Optional.empty();
            }
            names.add(found.name());
        }
        declared.name().ifPresent(name -> requireLength(mapping.element(), name));
        return Optional.of(names);
    }

    private void requireLength(Element element, String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > Names.MAX_BYTES) {
            reporter.report(element, Message.INVALID_MAPPING, ElementNames.of(element), "the name " + name
                    + " is longer than " + Names.MAX_BYTES + " bytes, which PostgreSQL would silently truncate");
        }
    }

    /** Databases fold unquoted names, so {@code Fee} and {@code fee} are one table; quoted names keep their case. */
    static String key(String name) {
        return Names.isQuoted(name) ? Names.unquoted(name) : name.toLowerCase(Locale.ROOT);
    }
}

package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Turns the mappings of all entities (those of the compilation and those the snapshot names from the class path) into
 * one schema, as Hibernate lays it out: inheritance hierarchies into their tables (SINGLE_TABLE, JOINED,
 * TABLE_PER_CLASS), embedded objects into columns, associations into foreign keys and join tables, element
 * collections into tables of their own; and reports what clashes between entities or within one.
 */
final class SchemaAssembler {

    private final Naming naming;
    private final Reporter reporter;

    SchemaAssembler(Naming naming, Reporter reporter) {
        this.naming = naming;
        this.reporter = reporter;
    }

    /** The schema of {@code mappings}; empty when something clashed, after reporting it. */
    Optional<EntitySchema> assemble(List<EntityMapping> mappings) {
        EntityGraph entities = new EntityGraph(mappings, naming, reporter);
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        EntitySchema.Builder result = new EntitySchema.Builder();
        Assembly assembly = new Assembly(entities, tables, result);
        for (EntityMapping mapping : mappings) {
            assembly.entity(mapping);
        }
        assembly.deferred.forEach(Runnable::run);
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        for (TableBuilder table : tables.values()) {
            table.build(reporter).ifPresent(built -> result.table(built, table.owner()));
        }
        return reporter.hasErrors() ? Optional.empty() : Optional.of(result.build());
    }

    /** Databases fold unquoted names, so {@code Fee} and {@code fee} are one table; quoted names keep their case. */
    static String key(String name) {
        return Names.isQuoted(name) ? Names.unquoted(name) : name.toLowerCase(Locale.ROOT);
    }

    /** The table part of a possibly schema-qualified name, for names derived from it. */
    static String tablePart(String qualified) {
        return Names.unquoted(Names.tableOf(qualified));
    }

    /** One run of assembling: the tables built so far, and what must wait until every entity has its table. */
    private final class Assembly {

        private final EntityGraph entities;
        private final Map<String, TableBuilder> tables;
        private final EntitySchema.Builder result;
        private final List<Runnable> deferred = new ArrayList<>();

        Assembly(EntityGraph entities, Map<String, TableBuilder> tables, EntitySchema.Builder result) {
            this.entities = entities;
            this.tables = tables;
            this.result = result;
        }

        void entity(EntityMapping mapping) {
            EntityMapping root = entities.root(mapping);
            EntityMapping.Inheritance strategy = root.inheritance();
            if (mapping != root && strategy == EntityMapping.Inheritance.SINGLE_TABLE) {
                return; // its columns go into the root's table, with the root's
            }
            if (strategy == EntityMapping.Inheritance.TABLE_PER_CLASS && mapping.isAbstract()) {
                return;
            }
            TableBuilder table = newTable(mapping.table(), mapping.element(), mapping.element());
            if (table == null) {
                return;
            }
            mapping.renamedFrom().ifPresent(old -> result.renamedTable(table.name(), old));
            table.comment(mapping.comment());
            mapping.checks().forEach(check -> table.check(check.name(), check.expression()));
            if (mapping == root) {
                Optional<Column> discriminator = discriminator(root);
                discriminator.ifPresent(column -> {
                    table.discriminator(column);
                    List<String> values = entities.discriminatorValues(root);
                    if (column.type().kind() == ColumnType.Kind.VARCHAR && !values.isEmpty()) {
                        table.check(GeneratedChecks.discriminatorValues(table.name(), column.name(), values));
                    }
                });
                attributes(table, mapping, mapping.attributes(), Optional.empty());
                if (strategy == EntityMapping.Inheritance.SINGLE_TABLE) {
                    result.subclasses(table.name(), entities.descendants(root).stream()
                            .map(EntityMapping::element).toList());
                    for (EntityMapping descendant : entities.descendants(root)) {
                        Optional<Subclass> subclass = discriminator.map(column -> new Subclass(column.name(),
                                entities.discriminatorValuesBelow(descendant)));
                        attributes(table, descendant, descendant.attributes(), subclass);
                        declared(table, descendant);
                    }
                }
            } else if (strategy == EntityMapping.Inheritance.JOINED) {
                joinedKey(table, mapping);
                attributes(table, mapping, mapping.attributes(), Optional.empty());
            } else {
                for (EntityMapping ancestor : entities.ancestors(mapping)) {
                    attributes(table, mapping, ancestor.attributes(), Optional.empty());
                }
                attributes(table, mapping, mapping.attributes(), Optional.empty());
            }
            declared(table, mapping);
        }

        /** A JOINED subclass's key: its root's key columns (or its {@code @PrimaryKeyJoinColumn}s), referring to its parent. */
        private void joinedKey(TableBuilder table, EntityMapping mapping) {
            EntityMapping parent = entities.get(mapping.superEntity().orElseThrow());
            List<Column> parentKey = entities.keyColumns(parent);
            List<Attribute.JoinColumn> declared = mapping.primaryKeyJoinColumns();
            if (!declared.isEmpty() && declared.size() != parentKey.size()) {
                reporter.report(mapping.element(), Message.INVALID_MAPPING, mapping.simpleName(),
                        "@PrimaryKeyJoinColumn names " + declared.size() + " columns, but the key of "
                                + parent.simpleName() + " has " + parentKey.size());
                return;
            }
            List<Column> key = entities.keyColumns(mapping);
            key.forEach(column -> table.column(column, mapping.element()));
            List<String> columns = key.stream().map(Column::name).toList();
            table.primaryKey().addAll(columns);
            entities.tableOf(parent).ifPresent(parentTable -> table.foreignKey(mapping.primaryKeyForeignKey(),
                    columns, parentTable, parentKey.stream().map(Column::name).toList(), ReferentialAction.NO_ACTION));
        }

        private Optional<Column> discriminator(EntityMapping root) {
            boolean needed = switch (root.inheritance()) {
                case SINGLE_TABLE -> root.discriminator().isPresent() || !entities.descendants(root).isEmpty();
                case JOINED -> root.discriminator().isPresent();
                case TABLE_PER_CLASS -> false;
            };
            if (!needed) {
                return Optional.empty();
            }
            EntityMapping.Discriminator discriminator = root.discriminator()
                    .orElse(EntityReader.defaultDiscriminator(naming));
            ColumnType type = switch (discriminator.type()) {
                case "CHAR" -> ColumnType.CHAR(1);
                case "INTEGER" -> ColumnType.INTEGER;
                default -> ColumnType.VARCHAR(discriminator.length());
            };
            return Optional.of(new Column(discriminator.name(), type, false, false));
        }

        /**
         * Adds the columns of {@code attributes}, declared by {@code mapping}, to {@code table}.
         *
         * @param subclass set for the attributes of a SINGLE_TABLE subclass, whose rows share the table with others
         */
        private void attributes(TableBuilder table, EntityMapping mapping, List<Attribute> attributes,
                Optional<Subclass> subclass) {
            Set<String> mappedIds = EntityGraph.mapsIds(attributes);
            for (Attribute attribute : attributes) {
                if (attribute instanceof Attribute.Basic basic) {
                    if (!(basic.id() && mappedIds.contains(""))) {
                        basic(table, basic, subclass);
                    }
                } else if (attribute instanceof Attribute.Embedded embedded) {
                    List<Attribute> kept = embedded.id()
                            ? embedded.attributes().stream()
                                    .filter(a -> !mappedIds.contains(a.member().name())).toList()
                            : embedded.attributes();
                    attributes(table, mapping, kept, subclass);
                } else if (attribute instanceof Attribute.ToOne toOne) {
                    toOne(table, mapping, toOne, subclass);
                } else if (attribute instanceof Attribute.ForeignKeyInTarget inTarget) {
                    deferred.add(() -> foreignKeyInTarget(mapping, inTarget));
                } else if (attribute instanceof Attribute.JoinTable joinTable) {
                    deferred.add(() -> joinTable(mapping, joinTable));
                } else if (attribute instanceof Attribute.ElementCollection collection) {
                    deferred.add(() -> elementCollection(mapping, collection));
                }
            }
        }

        private void basic(TableBuilder table, Attribute.Basic basic, Optional<Subclass> subclass) {
            Column column = basic.column();
            boolean required = !column.nullable() && !basic.declaredNotNull() && !basic.id();
            if (subclass.isPresent() && required) {
                // Hibernate keeps a subclass's implicitly required column NOT NULL only in that subclass's rows.
                column = column.withNullable(true);
                table.check(GeneratedChecks.requiredInSubclass(table.name(), column.name(),
                        subclass.get().discriminator(), subclass.get().values()));
            }
            if (!table.column(column, basic.member().element())) {
                return;
            }
            if (basic.id()) {
                table.primaryKey().add(column.name());
            }
            String name = column.name();
            basic.renamedFrom().ifPresent(old -> result.renamedColumn(table.name(), name, old));
            if (basic.unique()) {
                table.unique(Optional.empty(), List.of(name));
            }
            basic.checks().forEach(check -> table.check(check.name(), check.expression()));
            if (basic.range().bounded()) {
                table.check(GeneratedChecks.range(table.name(), name, basic.range()));
            }
            basic.enumColumn().ifPresent(mapped -> {
                result.enumColumn(table.name(), name, mapped);
                GeneratedChecks.enumValues(table.name(), name, mapped).ifPresent(table::check);
            });
            basic.generator().sequence().ifPresent(sequence -> result.sequence(sequence, basic.member().element(),
                    reporter));
            basic.generator().table().ifPresent(generatorTable -> {
                if (tables.containsKey(key(generatorTable.name()))) {
                    return; // entities may share a generator table
                }
                TableBuilder generator = newTable(generatorTable.name(), table.owner(), basic.member().element());
                generatorTable.columns().forEach(c -> generator.column(c, basic.member().element()));
                generator.primaryKey().addAll(generatorTable.primaryKey());
            });
        }

        private void toOne(TableBuilder table, EntityMapping owner, Attribute.ToOne toOne,
                Optional<Subclass> subclass) {
            Optional<EntityGraph.Reference> reference = entities.reference(owner, toOne);
            if (reference.isEmpty()) {
                return;
            }
            boolean key = toOne.id() || toOne.mapsId().isPresent();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < reference.get().columns().size(); i++) {
                Column column = reference.get().columns().get(i);
                Attribute.JoinColumn joinColumn = toOne.joinColumns().isEmpty()
                        ? Attribute.JoinColumn.DEFAULT
                        : toOne.joinColumns().get(i);
                boolean declaredNotNull = !joinColumn.nullable();
                boolean required = key || declaredNotNull || !toOne.optional();
                if (subclass.isPresent() && required && !declaredNotNull) {
                    table.check(GeneratedChecks.requiredInSubclass(table.name(), column.name(),
                            subclass.get().discriminator(), subclass.get().values()));
                    required = false;
                }
                if (table.column(column.withNullable(!required), toOne.member().element())) {
                    names.add(column.name());
                }
            }
            if (names.size() != reference.get().columns().size()) {
                return;
            }
            if (key) {
                table.primaryKey().addAll(names);
            }
            toOne.renamedFrom().ifPresent(old -> result.renamedColumn(table.name(), names.get(0), old));
            if (toOne.unique()) {
                table.unique(Optional.empty(), names);
            }
            entities.tableOf(reference.get().target()).ifPresent(targetTable -> table.foreignKey(toOne.foreignKey(),
                    names, targetTable, reference.get().referenced(), toOne.onDelete()));
        }

        /** A unidirectional {@code @OneToMany} with {@code @JoinColumn}: the owner's key in the target's table. */
        private void foreignKeyInTarget(EntityMapping owner, Attribute.ForeignKeyInTarget inTarget) {
            Optional<EntityMapping> target = entities.target(inTarget.member(), inTarget.target());
            Optional<TableBuilder> table = target.flatMap(entities::tableOf).map(name -> tables.get(key(name)));
            if (table.isEmpty()) {
                return;
            }
            Optional<List<Column>> referenced = entities.referencedColumns(inTarget.member(), owner,
                    inTarget.joinColumns());
            if (referenced.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < referenced.get().size(); i++) {
                Column column = referenced.get().get(i);
                Attribute.JoinColumn joinColumn = inTarget.joinColumns().get(i);
                String name = joinColumn.name().orElseGet(() -> naming.column(inTarget.member().name() + "_"
                        + Names.unquoted(column.name())));
                table.get().column(new Column(name, column.type(), joinColumn.nullable(), false),
                        inTarget.member().element());
                names.add(name);
            }
            inTarget.orderColumn().ifPresent(order -> {
                String name = orderColumnName(inTarget.member(), order);
                table.get().column(new Column(name, ColumnType.INTEGER, true, false), inTarget.member().element());
                table.get().check(GeneratedChecks.notNegative(table.get().name(), name));
            });
            entities.tableOf(owner).ifPresent(ownerTable -> table.get().foreignKey(inTarget.foreignKey(), names,
                    ownerTable, referenced.get().stream().map(Column::name).toList(), ReferentialAction.NO_ACTION));
        }

        private void joinTable(EntityMapping owner, Attribute.JoinTable joinTable) {
            Optional<EntityMapping> target = entities.target(joinTable.member(), joinTable.target());
            Optional<String> ownerTable = entities.tableOf(owner);
            Optional<String> targetTable = target.flatMap(entities::tableOf);
            if (target.isEmpty() || ownerTable.isEmpty() || targetTable.isEmpty()) {
                return;
            }
            Attribute.CollectionTable spec = joinTable.table();
            String name = qualified(spec.schema(), spec.name().orElseGet(() -> naming.joinTable(
                    tablePart(ownerTable.get()), tablePart(targetTable.get()), joinTable.member().name())));
            Element element = joinTable.member().element();
            TableBuilder table = newTable(name, owner.element(), element);
            if (table == null) {
                return;
            }
            String ownerPrefix = joinTable.inverseAttribute().orElse(owner.entityName());
            List<String> ownerColumns = keyReference(table, element, spec.joinColumns(), ownerPrefix,
                    entities.keyColumns(owner), ownerTable.get(), spec.foreignKey());
            List<String> targetColumns = keyReference(table, element, spec.inverseJoinColumns(),
                    joinTable.member().name(), entities.keyColumns(target.get()), targetTable.get(),
                    spec.inverseForeignKey());
            if (!joinTable.manyToMany()) {
                table.unique(Optional.empty(), targetColumns);
            }
            Optional<String> order = joinTable.orderColumn().map(o -> orderColumn(table, joinTable.member(), o));
            table.primaryKey().addAll(collectionKey(joinTable.kind(), ownerColumns, targetColumns, order,
                    Optional.empty()));
            declared(table, element, spec);
        }

        private void elementCollection(EntityMapping owner, Attribute.ElementCollection collection) {
            Optional<String> ownerTable = entities.tableOf(owner);
            if (ownerTable.isEmpty()) {
                return;
            }
            Attribute.CollectionTable spec = collection.table();
            Element element = collection.member().element();
            String name = qualified(spec.schema(), spec.name().orElseGet(() -> naming.table(
                    owner.entityName() + "_" + collection.member().name())));
            TableBuilder table = newTable(name, owner.element(), element);
            if (table == null) {
                return;
            }
            List<String> ownerColumns = keyReference(table, element, spec.joinColumns(), owner.entityName(),
                    entities.keyColumns(owner), ownerTable.get(), spec.foreignKey());
            int before = table.columnCount();
            attributes(table, owner, collection.elements(), Optional.empty());
            List<String> elementColumns = new ArrayList<>(table.columns().stream().skip(before)
                    .map(Column::name).toList());
            Optional<String> mapKey = collection.mapKey().map(key -> {
                basic(table, key, Optional.empty());
                return key.column().name();
            });
            Optional<String> order = collection.orderColumn().map(o -> orderColumn(table, collection.member(), o));
            List<String> primaryKey = collectionKey(collection.kind(), ownerColumns, elementColumns, order, mapKey);
            if (collection.kind() == Attribute.Collection.SET
                    && elementColumns.stream().anyMatch(column -> table.find(column).nullable())) {
                // A key cannot hold NULL: Hibernate makes the same columns unique instead.
                table.unique(Optional.empty(), primaryKey);
            } else {
                table.primaryKey().addAll(primaryKey);
            }
            declared(table, element, spec);
        }

        /** A set is keyed by owner and elements, a map by owner and map key, an ordered list by owner and order. */
        private List<String> collectionKey(Attribute.Collection kind, List<String> owner, List<String> elements,
                Optional<String> order, Optional<String> mapKey) {
            List<String> key = new ArrayList<>(owner);
            switch (kind) {
                case SET -> key.addAll(elements);
                case MAP -> mapKey.ifPresent(key::add);
                case BAG -> {
                    if (order.isEmpty()) {
                        return List.of();
                    }
                    key.add(order.get());
                }
            }
            return key;
        }

        /** The columns of a join or collection table holding a key of {@code referencedTable}, and their foreign key. */
        private List<String> keyReference(TableBuilder table, Element element, List<Attribute.JoinColumn> declared,
                String prefix, List<Column> key, String referencedTable, Attribute.ForeignKeyName foreignKey) {
            List<Column> referenced = key;
            if (!declared.isEmpty()) {
                Optional<List<Column>> resolved = entities.resolveReferenced(element, declared, key, key);
                if (resolved.isEmpty()) {
                    return List.of();
                }
                referenced = resolved.get();
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < referenced.size(); i++) {
                Column column = referenced.get(i);
                Optional<String> given = declared.isEmpty() ? Optional.empty() : declared.get(i).name();
                String name = given.orElseGet(() -> naming.column(prefix + "_" + Names.unquoted(column.name())));
                table.column(new Column(name, column.type(), false, false), element);
                names.add(name);
            }
            table.foreignKey(foreignKey, names, referencedTable, referenced.stream().map(Column::name).toList(),
                    ReferentialAction.NO_ACTION);
            return names;
        }

        private String orderColumn(TableBuilder table, Member member, Attribute.OrderColumn order) {
            String name = orderColumnName(member, order);
            table.column(new Column(name, ColumnType.INTEGER, false, false), member.element());
            table.check(GeneratedChecks.notNegative(table.name(), name));
            return name;
        }

        private String orderColumnName(Member member, Attribute.OrderColumn order) {
            return order.name().orElseGet(() -> naming.column(member.name() + "_ORDER"));
        }

        private void declared(TableBuilder table, EntityMapping mapping) {
            Optional<AnnotationMirror> at = mapping.tableAnnotation().map(MirroredAnnotation::mirror);
            declared(table, mapping.element(), at, mapping.uniqueConstraints(), mapping.indexes());
        }

        private void declared(TableBuilder table, Element element, Attribute.CollectionTable spec) {
            declared(table, element, Optional.empty(), spec.uniqueConstraints(), spec.indexes());
        }

        private void declared(TableBuilder table, Element element, Optional<AnnotationMirror> at,
                List<EntityMapping.Declared> uniqueConstraints, List<EntityMapping.Declared> indexes) {
            for (EntityMapping.Declared declared : uniqueConstraints) {
                resolve(table, element, at, "@UniqueConstraint", declared)
                        .ifPresent(names -> table.unique(declared.name(), names));
            }
            for (EntityMapping.Declared declared : indexes) {
                resolve(table, element, at, "@Index", declared).ifPresent(names -> table.index(declared, names));
            }
        }

        private Optional<List<String>> resolve(TableBuilder table, Element element, Optional<AnnotationMirror> at,
                String what, EntityMapping.Declared declared) {
            List<String> names = new ArrayList<>();
            for (String column : declared.columns()) {
                Column found = table.find(column);
                if (found == null) {
                    Object[] arguments = {what, ElementNames.of(element), column, table.name()};
                    if (at.isPresent()) {
                        reporter.report(element, at.get(), null, Message.UNKNOWN_COLUMN, arguments);
                    } else {
                        reporter.report(element, Message.UNKNOWN_COLUMN, arguments);
                    }
                    return Optional.empty();
                }
                names.add(found.name());
            }
            declared.name().ifPresent(name -> requireLength(element, name));
            return Optional.of(names);
        }

        /** A new table, or null after reporting that another entity or collection maps that name already. */
        private TableBuilder newTable(String name, TypeElement owner, Element element) {
            requireLength(element, tablePart(name));
            TableBuilder table = new TableBuilder(name, owner, result, reporter);
            TableBuilder first = tables.putIfAbsent(key(name), table);
            if (first != null) {
                reporter.report(element, Message.DUPLICATE_TABLE, ElementNames.of(element),
                        first.owner().getSimpleName(), name);
                return null;
            }
            return table;
        }
    }

    /** A SINGLE_TABLE subclass: the discriminator column, and the values of its rows. */
    private record Subclass(String discriminator, List<String> values) {}

    private static String qualified(Optional<String> schema, String table) {
        return Names.qualified(schema.orElse(null), table);
    }

    private void requireLength(Element element, String name) {
        TableBuilder.requireLength(element, name, reporter);
    }
}

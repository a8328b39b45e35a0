package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The entities of one schema by class: their inheritance hierarchies, the table each one's rows live in, their keys,
 * and what a reference to one holds. Reports references to classes that are no entity here.
 */
final class EntityGraph {

    /** What a to-one reference holds: the columns in the owner's table, and those of the target they refer to. */
    record Reference(EntityMapping target, List<Column> columns, List<String> referenced) {}

    private final Naming naming;
    private final Reporter reporter;

    private final Map<TypeElement, EntityMapping> byElement = new HashMap<>();
    private final List<EntityMapping> all;
    private final Map<TypeElement, List<Column>> keys = new HashMap<>();

    EntityGraph(List<EntityMapping> mappings, Naming naming, Reporter reporter) {
        this.naming = naming;
        this.reporter = reporter;
        this.all = mappings;
        mappings.forEach(mapping -> byElement.put(mapping.element(), mapping));
        for (EntityMapping mapping : mappings) {
            mapping.superEntity().filter(type -> !byElement.containsKey(type)).ifPresent(type ->
                    reporter.report(mapping.element(), Message.INVALID_MAPPING, mapping.simpleName(),
                            "it extends " + type.getQualifiedName()
                                    + ", which is not an @Entity of this compilation or of the snapshot"));
        }
    }

    EntityMapping get(TypeElement element) {
        return byElement.get(element);
    }

    Optional<EntityMapping> target(Member member, TypeElement target) {
        EntityMapping mapping = byElement.get(target);
        if (mapping == null) {
            reporter.report(member.element(), Message.INVALID_REFERENCE, ElementNames.of(member.element()),
                    target.getQualifiedName() + " is not an @Entity of this compilation or of the snapshot");
        }
        return Optional.ofNullable(mapping);
    }

    EntityMapping root(EntityMapping mapping) {
        EntityMapping root = mapping;
        while (root.superEntity().isPresent() && byElement.containsKey(root.superEntity().get())) {
            root = byElement.get(root.superEntity().get());
        }
        return root;
    }

    /** The entities above {@code mapping} in its hierarchy, the root first. */
    List<EntityMapping> ancestors(EntityMapping mapping) {
        List<EntityMapping> ancestors = new ArrayList<>();
        for (EntityMapping m = mapping; m.superEntity().isPresent() && byElement.containsKey(m.superEntity().get());
                ) {
            m = byElement.get(m.superEntity().get());
            ancestors.add(0, m);
        }
        return ancestors;
    }

    /** The entities below {@code root}, in the order of their qualified names. */
    List<EntityMapping> descendants(EntityMapping root) {
        return all.stream().filter(m -> m != root && root(m) == root).toList();
    }

    /** The table holding {@code mapping}'s rows as a whole; empty for an abstract TABLE_PER_CLASS entity. */
    Optional<String> tableOf(EntityMapping mapping) {
        EntityMapping root = root(mapping);
        return switch (root.inheritance()) {
            case SINGLE_TABLE -> Optional.of(root.table());
            case JOINED -> Optional.of(mapping.table());
            case TABLE_PER_CLASS -> mapping.isAbstract() ? Optional.empty() : Optional.of(mapping.table());
        };
    }

    /** The columns of {@code mapping}'s primary key in its table, with their types. */
    List<Column> keyColumns(EntityMapping mapping) {
        List<Column> cached = keys.get(mapping.element());
        if (cached != null) {
            return cached;
        }
        keys.put(mapping.element(), List.of()); // a key that refers to itself through its own references
        EntityMapping root = root(mapping);
        List<Column> key = mapping == root || root.inheritance() != EntityMapping.Inheritance.JOINED
                ? rootKey(root)
                : joinedKey(mapping);
        keys.put(mapping.element(), key);
        return key;
    }

    private List<Column> rootKey(EntityMapping root) {
        List<Column> key = new ArrayList<>();
        Set<String> mapped = mapsIds(root.attributes());
        for (Attribute attribute : root.attributes()) {
            if (attribute instanceof Attribute.Basic basic && basic.id() && !mapped.contains("")) {
                key.add(plain(basic.column()));
            } else if (attribute instanceof Attribute.Embedded embedded && embedded.id()) {
                embedded.attributes().stream().filter(a -> !mapped.contains(a.member().name()))
                        .forEach(a -> leaves(List.of(a)).forEach(leaf -> key.add(plain(leaf.column()))));
            } else if (attribute instanceof Attribute.ToOne toOne && (toOne.id() || toOne.mapsId().isPresent())) {
                reference(root, toOne).ifPresent(reference -> reference.columns()
                        .forEach(column -> key.add(plain(column))));
            }
        }
        return key;
    }

    private List<Column> joinedKey(EntityMapping mapping) {
        List<Column> parentKey = keyColumns(byElement.get(mapping.superEntity().orElseThrow()));
        List<Attribute.JoinColumn> declared = mapping.primaryKeyJoinColumns();
        List<Column> key = new ArrayList<>();
        for (int i = 0; i < parentKey.size(); i++) {
            Column column = parentKey.get(i);
            String name = i < declared.size() ? declared.get(i).name().orElse(column.name()) : column.name();
            key.add(new Column(name, column.type(), false, false));
        }
        return key;
    }

    private static Column plain(Column column) {
        return new Column(column.name(), column.type(), false, false);
    }

    /** The basic columns of {@code mapping} and the entities above it, which {@code referencedColumnName} may name. */
    List<Column> basicColumns(EntityMapping mapping) {
        List<Column> found = new ArrayList<>();
        for (EntityMapping m : ancestors(mapping)) {
            leaves(m.attributes()).forEach(basic -> found.add(basic.column()));
        }
        leaves(mapping.attributes()).forEach(basic -> found.add(basic.column()));
        return found;
    }

    /** The target's columns a reference holds: its key, or the columns {@code referencedColumnName} names. */
    Optional<List<Column>> referencedColumns(Member member, EntityMapping target,
            List<Attribute.JoinColumn> joinColumns) {
        List<Column> key = keyColumns(target);
        if (key.isEmpty()) {
            reporter.report(member.element(), Message.INVALID_REFERENCE, ElementNames.of(member.element()),
                    target.simpleName() + " has no id to refer to");
            return Optional.empty();
        }
        if (joinColumns.isEmpty()) {
            return Optional.of(key);
        }
        return resolveReferenced(member.element(), joinColumns, key, basicColumns(target));
    }

    Optional<List<Column>> resolveReferenced(Element element, List<Attribute.JoinColumn> joinColumns,
            List<Column> key, List<Column> candidates) {
        if (joinColumns.stream().noneMatch(j -> j.referencedColumn().isPresent())) {
            if (joinColumns.size() != key.size()) {
                reporter.report(element, Message.INVALID_MAPPING, ElementNames.of(element), joinColumns.size()
                        + " join columns for a key of " + key.size() + " columns; name them all, with"
                        + " referencedColumnName");
                return Optional.empty();
            }
            return Optional.of(key);
        }
        List<Column> referenced = new ArrayList<>();
        for (Attribute.JoinColumn joinColumn : joinColumns) {
            String wanted = joinColumn.referencedColumn().orElse("");
            Optional<Column> found = candidates.stream().filter(c -> SchemaAssembler.key(c.name()).equals(SchemaAssembler.key(wanted))).findFirst();
            if (found.isEmpty()) {
                reporter.report(element, Message.INVALID_MAPPING, ElementNames.of(element),
                        "referencedColumnName = \"" + wanted + "\" names no column of the referenced entity");
                return Optional.empty();
            }
            referenced.add(found.get());
        }
        return Optional.of(referenced);
    }

    /**
     * The columns of {@code owner}'s table that a to-one reference holds, each named (its {@code @JoinColumn}, or
     * {@code <attribute>_<referenced column>}) and typed as the column it refers to; empty after an error.
     */
    Optional<Reference> reference(EntityMapping owner, Attribute.ToOne toOne) {
        Optional<EntityMapping> target = target(toOne.member(), toOne.target());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Column>> referenced = referencedColumns(toOne.member(), target.get(), toOne.joinColumns());
        if (referenced.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < referenced.get().size(); i++) {
            Column column = referenced.get().get(i);
            Optional<String> declared = toOne.joinColumns().isEmpty()
                    ? Optional.empty()
                    : toOne.joinColumns().get(i).name();
            String name = declared.orElseGet(() -> naming.column(toOne.member().name() + "_"
                    + Names.unquoted(column.name())));
            // Hibernate types a derived identity's column as the @IdClass declares the attribute.
            ColumnType type = toOne.id() && referenced.get().size() == 1
                    ? owner.idClassTypes().getOrDefault(toOne.member().name(), column.type())
                    : column.type();
            columns.add(new Column(name, type, true, false));
        }
        return Optional.of(new Reference(target.get(), columns,
                referenced.get().stream().map(Column::name).toList()));
    }

    /** The discriminator values of the concrete entities of a SINGLE_TABLE hierarchy, the root's first. */
    List<String> discriminatorValues(EntityMapping root) {
        List<String> values = new ArrayList<>();
        if (!root.isAbstract()) {
            values.add(root.discriminatorValueOrName());
        }
        values.addAll(discriminatorValuesBelow(root).stream().filter(v -> !values.contains(v)).toList());
        return values;
    }

    /** The discriminator values of {@code mapping} and of the concrete entities below it. */
    List<String> discriminatorValuesBelow(EntityMapping mapping) {
        List<String> values = new ArrayList<>();
        if (!mapping.isAbstract()) {
            values.add(mapping.discriminatorValueOrName());
        }
        for (EntityMapping other : all) {
            if (other != mapping && !other.isAbstract() && ancestors(other).contains(mapping)) {
                values.add(other.discriminatorValueOrName());
            }
        }
        return values;
    }

    private List<Attribute.Basic> leaves(List<Attribute> attributes) {
        List<Attribute.Basic> leaves = new ArrayList<>();
        for (Attribute attribute : attributes) {
            if (attribute instanceof Attribute.Basic basic) {
                leaves.add(basic);
            } else if (attribute instanceof Attribute.Embedded embedded) {
                leaves.addAll(leaves(embedded.attributes()));
            }
        }
        return leaves;
    }

    /** The attributes of the id that {@code @MapsId} associations stand for ({@code ""}: the whole id). */
    static Set<String> mapsIds(List<Attribute> attributes) {
        Set<String> mapped = new HashSet<>();
        attributes.stream().filter(a -> a instanceof Attribute.ToOne).map(a -> ((Attribute.ToOne) a).mapsId())
                .forEach(mapsId -> mapsId.ifPresent(mapped::add));
        return mapped;
    }
}

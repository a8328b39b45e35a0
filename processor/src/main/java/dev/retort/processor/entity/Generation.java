package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * How an id's values are generated, from {@code @GeneratedValue}, as Hibernate 7 does it: by the database
 * (IDENTITY), from a sequence (SEQUENCE, and AUTO on an integer id: the {@code @SequenceGenerator} it names, or
 * Hibernate's {@code <table>_SEQ} by 50), from a table (TABLE:
 * {@code hibernate_sequences} or the {@code @TableGenerator} it names), or in the application (UUID, and AUTO on a
 * UUID id), which needs nothing in the schema.
 */
record Generation(boolean identity, Attribute.Generator generator) {

    static final Generation NONE = new Generation(false, Attribute.Generator.NONE);

    private static final Set<String> GENERATED_VALUE_ATTRIBUTES = Set.of("strategy", "generator");
    private static final Set<String> SEQUENCE_GENERATOR_ATTRIBUTES =
            Set.of("name", "sequenceName", "initialValue", "allocationSize");
    private static final Set<String> TABLE_GENERATOR_ATTRIBUTES = Set.of("name", "table", "pkColumnName",
            "valueColumnName", "pkColumnValue", "initialValue", "allocationSize");
    /** Hibernate's allocation size when a sequence has no {@code @SequenceGenerator}. */
    private static final int DEFAULT_ALLOCATION = 50;

    /**
     * The context an id is read in: the entity, the table whose name a default sequence takes, and the classes where
     * generators may be declared.
     */
    record Owner(String entityName, String table, List<TypeElement> declaringTypes) {}

    /**
     * Reads it, reporting what Retort cannot map; {@link #NONE} without {@code @GeneratedValue} or after an error.
     *
     * @param type the id column's type, which AUTO depends on
     */
    static Generation of(Member member, boolean id, ColumnType type, Owner owner, Elements elements,
            Naming naming, Reporter reporter) {
        Element element = member.element();
        Optional<MirroredAnnotation> found = MirroredAnnotation.find(element, Jpa.GENERATED_VALUE, elements);
        if (found.isEmpty()) {
            return NONE;
        }
        MirroredAnnotation annotation = found.get();
        Attributes.reject(element, annotation, GENERATED_VALUE_ATTRIBUTES, reporter);
        if (!id) {
            reporter.report(element, annotation.mirror(), null, Message.UNSUPPORTED_MAPPING,
                    "@GeneratedValue without @Id on " + ElementNames.of(element), "");
            return NONE;
        }
        String strategy = annotation.enumConstant("strategy");
        String generator = annotation.string("generator");
        if (type.kind() == ColumnType.Kind.UUID && (strategy.equals("AUTO") || strategy.equals("UUID"))) {
            return NONE;
        }
        if (!type.isInteger() || strategy.equals("UUID")) {
            reporter.report(element, annotation.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(element),
                    "@GeneratedValue(strategy = " + strategy + ") needs " + (strategy.equals("UUID")
                            ? "a UUID id" : "an integer id") + ", not " + member.type());
            return NONE;
        }
        return switch (strategy) {
            case "IDENTITY" -> new Generation(true, Attribute.Generator.NONE);
            case "TABLE" -> table(member, generator, owner, elements, naming, reporter)
                    .map(table -> new Generation(false, new Attribute.Generator(Optional.empty(), Optional.of(table))))
                    .orElse(NONE);
            default -> sequence(member, generator, owner, elements, naming, reporter)
                    .map(sequence -> new Generation(false,
                            new Attribute.Generator(Optional.of(sequence), Optional.empty())))
                    .orElse(NONE);
        };
    }

    boolean generated() {
        return identity || generator.sequence().isPresent() || generator.table().isPresent();
    }

    private static Optional<Sequence> sequence(Member member, String generator, Owner owner, Elements elements,
            Naming naming, Reporter reporter) {
        if (generator.isEmpty()) {
            return Optional.of(new Sequence(naming.sequence(SchemaAssembler.tablePart(owner.table()) + "_SEQ"), 1,
                    DEFAULT_ALLOCATION));
        }
        Optional<MirroredAnnotation> declared = declared(member, Jpa.SEQUENCE_GENERATOR, generator, owner, elements);
        if (declared.isEmpty()) {
            unknownGenerator(member, "@SequenceGenerator", generator, owner, reporter);
            return Optional.empty();
        }
        MirroredAnnotation sequence = declared.get();
        Attributes.reject(member.element(), sequence, SEQUENCE_GENERATOR_ATTRIBUTES, reporter);
        String name = Optional.of(sequence.string("sequenceName")).filter(n -> !n.isEmpty())
                .orElse(sequence.string("name"));
        try {
            return Optional.of(new Sequence(naming.sequence(name), sequence.integer("initialValue"),
                    sequence.integer("allocationSize")));
        } catch (IllegalArgumentException e) {
            reporter.report(member.element(), sequence.mirror(), null, Message.INVALID_MAPPING,
                    ElementNames.of(member.element()), e.getMessage());
            return Optional.empty();
        }
    }

    /** The table of a TABLE generator: one row per generator, keyed by its name, holding the next value. */
    private static Optional<Table> table(Member member, String generator, Owner owner, Elements elements,
            Naming naming, Reporter reporter) {
        String table = "hibernate_sequences";
        String keyColumn = "sequence_name";
        String valueColumn = "next_val";
        if (!generator.isEmpty()) {
            Optional<MirroredAnnotation> declared = declared(member, Jpa.TABLE_GENERATOR, generator, owner, elements);
            if (declared.isEmpty()) {
                unknownGenerator(member, "@TableGenerator", generator, owner, reporter);
                return Optional.empty();
            }
            MirroredAnnotation tableGenerator = declared.get();
            Attributes.reject(member.element(), tableGenerator, TABLE_GENERATOR_ATTRIBUTES, reporter);
            table = nonEmpty(tableGenerator.string("table"), table);
            keyColumn = nonEmpty(tableGenerator.string("pkColumnName"), keyColumn);
            valueColumn = nonEmpty(tableGenerator.string("valueColumnName"), valueColumn);
        }
        String key = naming.column(keyColumn);
        return Optional.of(new Table(naming.table(table),
                List.of(new Column(key, ColumnType.VARCHAR(ColumnReader.DEFAULT_LENGTH), false, false),
                        new Column(naming.column(valueColumn), ColumnType.BIGINT, true, false)),
                List.of(key), List.of(), List.of(), List.of()));
    }

    private static String nonEmpty(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    /** The generator named {@code name}, on the id itself or on a class of its entity. */
    private static Optional<MirroredAnnotation> declared(Member member, String annotation, String name, Owner owner,
            Elements elements) {
        Optional<MirroredAnnotation> onMember = MirroredAnnotation.find(member.element(), annotation, elements)
                .filter(g -> g.string("name").equals(name));
        if (onMember.isPresent()) {
            return onMember;
        }
        for (TypeElement type : owner.declaringTypes()) {
            Optional<MirroredAnnotation> onType = MirroredAnnotation.find(type, annotation, elements)
                    .filter(g -> g.string("name").equals(name));
            if (onType.isPresent()) {
                return onType;
            }
        }
        return Optional.empty();
    }

    private static void unknownGenerator(Member member, String annotation, String generator, Owner owner,
            Reporter reporter) {
        reporter.report(member.element(), Message.INVALID_MAPPING, ElementNames.of(member.element()),
                "@GeneratedValue(generator = \"" + generator + "\") names no " + annotation + "(name = \"" + generator
                        + "\") on the id or its entity " + owner.entityName());
    }
}

package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Sequence;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * How an id's values are generated, from {@code @GeneratedValue}: by the database (IDENTITY), or from a sequence
 * (SEQUENCE, with the {@code @SequenceGenerator} it names on the field or the entity, or Hibernate's default
 * {@code <entity>_seq} by 50). AUTO and TABLE are refused: they mean different things to different providers.
 */
record Generation(boolean identity, Optional<Sequence> sequence) {

    static final Generation NONE = new Generation(false, Optional.empty());

    private static final Set<String> GENERATED_VALUE_ATTRIBUTES = Set.of("strategy", "generator");
    private static final Set<String> SEQUENCE_GENERATOR_ATTRIBUTES =
            Set.of("name", "sequenceName", "initialValue", "allocationSize");
    /** Hibernate's allocation size when a sequence has no {@code @SequenceGenerator}. */
    private static final int DEFAULT_ALLOCATION = 50;

    boolean generated() {
        return identity || sequence.isPresent();
    }

    /** Reads it, reporting what Retort cannot map; {@link #NONE} without {@code @GeneratedValue} or after an error. */
    static Generation of(VariableElement field, boolean id, Elements elements, NamingStrategy naming,
            Reporter reporter) {
        Optional<MirroredAnnotation> found = MirroredAnnotation.find(field, Jpa.GENERATED_VALUE, elements);
        if (found.isEmpty()) {
            return NONE;
        }
        MirroredAnnotation annotation = found.get();
        Attributes.reject(field, annotation, GENERATED_VALUE_ATTRIBUTES, reporter);
        String strategy = annotation.enumConstant("strategy");
        if (!id) {
            reporter.report(field, annotation.mirror(), null, Message.UNSUPPORTED_MAPPING,
                    "@GeneratedValue without @Id on " + ElementNames.of(field), "");
            return NONE;
        }
        return switch (strategy) {
            case "IDENTITY" -> new Generation(true, Optional.empty());
            case "SEQUENCE" -> sequence(field, annotation.string("generator"), elements, naming, reporter)
                    .map(sequence -> new Generation(false, Optional.of(sequence)))
                    .orElse(NONE);
            default -> {
                reporter.report(field, annotation.mirror(), annotation.written("strategy"),
                        Message.UNSUPPORTED_MAPPING,
                        "@GeneratedValue(strategy = " + strategy + ") on " + ElementNames.of(field),
                        "; use strategy = GenerationType.IDENTITY or SEQUENCE");
                yield NONE;
            }
        };
    }

    private static Optional<Sequence> sequence(VariableElement field, String generator, Elements elements,
            NamingStrategy naming, Reporter reporter) {
        TypeElement entity = (TypeElement) field.getEnclosingElement();
        if (generator.isEmpty()) {
            String entityName = MirroredAnnotation.find(entity, Jpa.ENTITY, elements)
                    .map(e -> e.string("name"))
                    .filter(name -> !name.isEmpty())
                    .orElse(entity.getSimpleName().toString());
            return Optional.of(new Sequence(naming.physicalName(entityName + "_seq"), 1, DEFAULT_ALLOCATION));
        }
        for (Element holder : new Element[] {field, entity}) {
            Optional<MirroredAnnotation> declared = MirroredAnnotation.find(holder, Jpa.SEQUENCE_GENERATOR, elements)
                    .filter(g -> g.string("name").equals(generator));
            if (declared.isPresent()) {
                return declared(field, declared.get(), naming, reporter);
            }
        }
        reporter.report(field, Message.INVALID_MAPPING, ElementNames.of(field), "@GeneratedValue(generator = \""
                + generator + "\") names no @SequenceGenerator(name = \"" + generator + "\") on the field or "
                + entity.getSimpleName());
        return Optional.empty();
    }

    private static Optional<Sequence> declared(VariableElement field, MirroredAnnotation generator,
            NamingStrategy naming, Reporter reporter) {
        Attributes.reject(field, generator, SEQUENCE_GENERATOR_ATTRIBUTES, reporter);
        String name = Optional.of(generator.string("sequenceName")).filter(n -> !n.isEmpty())
                .orElse(generator.string("name"));
        try {
            return Optional.of(new Sequence(naming.physicalName(name), generator.integer("initialValue"),
                    generator.integer("allocationSize")));
        } catch (IllegalArgumentException e) {
            reporter.report(field, generator.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(field),
                    e.getMessage());
            return Optional.empty();
        }
    }
}

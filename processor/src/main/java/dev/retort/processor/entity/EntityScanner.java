package dev.retort.processor.entity;

import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Step one of the pipeline: the JPA entities become a schema model. Each entity of the compilation is read and checked
 * on its own first ({@link #read}); once the snapshot is known, the entities it names that this compilation does not
 * include are read from the class path, and references and clashes between all of them are resolved
 * ({@link #complete}).
 *
 * <p>So a build that compiles only some of the entities (an IDE's, or a plain {@code javac} of one file with the
 * other classes on the class path) sees the same model as a full build: an entity is removed only when its class is
 * gone.
 */
public final class EntityScanner {

    private final Elements elements;
    private final EntityReader reader;
    private final SchemaAssembler assembler;
    private final Reporter reporter;

    public EntityScanner(Elements elements, Types types, Naming naming, AutoAppliedConverters converters,
            Reporter reporter) {
        this.elements = elements;
        this.reader = new EntityReader(elements, types, naming, converters, reporter);
        this.assembler = new SchemaAssembler(naming, reporter);
        this.reporter = reporter;
    }

    /** The mappings of the entities of the compilation, each read on its own; empty when any error was reported. */
    public Optional<EntityMappings> read(Collection<TypeElement> entities) {
        List<EntityMapping> mappings = entities.stream()
                .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
                .map(reader::read)
                .toList();
        return reporter.hasErrors() ? Optional.empty() : Optional.of(new EntityMappings(mappings));
    }

    /**
     * The schema of the compiled entities and of the entities the snapshot names that are not in this compilation but
     * are still {@code @Entity} classes (on the class path); empty when any error was reported. A snapshot entity whose
     * class is gone, or is no entity any more, is left out: its table is dropped. One that maps the same table as an
     * entity of the compilation is left out too: the compiled source says what that table is now.
     *
     * @param snapshotEntities the qualified names of the entity classes the snapshot names
     */
    public Optional<EntitySchema> complete(EntityMappings compiled, Collection<String> snapshotEntities) {
        Set<String> compiledNames = compiled.mappings.stream()
                .map(mapping -> mapping.element().getQualifiedName().toString())
                .collect(Collectors.toSet());
        Set<String> compiledTables = compiled.mappings.stream()
                .map(mapping -> SchemaAssembler.key(mapping.table()))
                .collect(Collectors.toSet());
        List<EntityMapping> mappings = new ArrayList<>(compiled.mappings);
        for (String name : new TreeSet<>(snapshotEntities)) {
            if (compiledNames.contains(name)) {
                continue;
            }
            TypeElement type = elements.getTypeElement(name);
            if (type == null || MirroredAnnotation.find(type, Jpa.ENTITY, elements).isEmpty()) {
                continue;
            }
            reporter.outsideCompilation(type);
            EntityMapping mapping = reader.read(type);
            if (!compiledTables.contains(SchemaAssembler.key(mapping.table()))) {
                mappings.add(mapping);
            }
        }
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        mappings.sort(Comparator.comparing(mapping -> mapping.element().getQualifiedName().toString()));
        return assembler.assemble(mappings);
    }

    /** The entities of one compilation, each read on its own, before references between entities are resolved. */
    public static final class EntityMappings {

        private final List<EntityMapping> mappings;

        private EntityMappings(List<EntityMapping> mappings) {
            this.mappings = List.copyOf(mappings);
        }
    }
}

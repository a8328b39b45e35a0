package dev.retort.processor.entity;

import dev.retort.processor.Reporter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Step one of the pipeline: the JPA entities of the compilation become a schema model. Each entity is read and
 * checked on its own first; references and clashes between entities are resolved only when all of them are valid.
 */
public final class EntityScanner {

    private final EntityReader reader;
    private final SchemaAssembler assembler;
    private final Reporter reporter;

    public EntityScanner(Elements elements, NamingStrategy naming, Reporter reporter) {
        this.reader = new EntityReader(elements, naming, reporter);
        this.assembler = new SchemaAssembler(naming, reporter);
        this.reporter = reporter;
    }

    /** The schema of {@code entities}; empty when any error was reported. */
    public Optional<EntitySchema> scan(Collection<TypeElement> entities) {
        List<EntityMapping> mappings = entities.stream()
                .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
                .map(reader::read)
                .toList();
        return reporter.hasErrors() ? Optional.empty() : assembler.assemble(mappings);
    }
}

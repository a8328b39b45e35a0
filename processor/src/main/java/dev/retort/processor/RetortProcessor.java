package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.processor.entity.AutoAppliedConverters;
import dev.retort.processor.output.ConverterIndex;
import dev.retort.processor.output.RevisionIndex;
import dev.retort.processor.revision.KnownRevisions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * Compares the JPA entities of a compilation with the committed schema snapshot and, when they differ, writes the
 * next revision class and the updated snapshot into the source tree, and compiles the revision in the same build.
 * Lists every revision class in the resource {@value RevisionIndex#RESOURCE}.
 *
 * <p>The entities are read in the first round that has any (later rounds only bring the generated revision). The
 * annotations are read as mirrors, so the processor does not need the JPA API on its own class path. See
 * {@link Options} for the {@code -A} options; every message is a {@link Message}.
 *
 * <p>A compilation need not hold every file of the module: IDEs and some builds recompile only the changed files,
 * with the other classes on the class path. The entities the snapshot names that are not compiled are then read from
 * their class files, and the revisions are those of the compilation plus those the previous build's index lists that
 * still exist; so such a build generates what a full build would, and its index still lists every revision.
 *
 * <p>The revisions' graph is checked as the runtime will check it (ids, parents, cycles), and when it has several
 * heads the revision generated merges them; see {@link SchemaPipeline}.
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String CONVERTER = "jakarta.persistence.Converter";

    private final KnownRevisions revisions = new KnownRevisions();
    private final Map<String, TypeElement> converterCandidates = new TreeMap<>();
    private AutoAppliedConverters converters = AutoAppliedConverters.NONE;
    private Reporter reporter;
    private Options options;
    private RevisionGraphCheck graphCheck;
    private boolean entitiesSeen;
    private boolean previousIndexRead;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        reporter = new Reporter(processingEnv.getMessager());
        options = Options.parse(processingEnv.getOptions(), reporter);
        graphCheck = new RevisionGraphCheck(processingEnv.getElementUtils(), reporter);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ENTITY, CONVERTER, KnownRevisions.ANNOTATION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.NAMES;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                checkGraphIfNotYet();
                if (!reporter.hasErrors()) {
                    RevisionIndex.write(processingEnv.getFiler(), revisions.all(), reporter);
                    ConverterIndex.write(processingEnv.getFiler(), converters.names(), reporter);
                }
            } else {
                processRound(round);
            }
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            reporter.report(Message.INTERNAL_ERROR, trace);
        }
        // Other processors (e.g. JPA metamodel generators) also read @Entity.
        return false;
    }

    private void processRound(RoundEnvironment round) {
        TypeElement revision = processingEnv.getElementUtils().getTypeElement(KnownRevisions.ANNOTATION);
        if (revision != null) {
            revisions.add(round.getElementsAnnotatedWith(revision), processingEnv);
        }
        if (!previousIndexRead) {
            previousIndexRead = true;
            revisions.addListed(RevisionIndex.read(processingEnv.getFiler(), StandardLocation.CLASS_OUTPUT),
                    RevisionIndex.fingerprints(processingEnv.getFiler(), StandardLocation.CLASS_OUTPUT),
                    processingEnv.getElementUtils());
            addListedConverters();
        }
        TypeElement converter = processingEnv.getElementUtils().getTypeElement(CONVERTER);
        if (converter != null) {
            ElementFilter.typesIn(round.getElementsAnnotatedWith(converter))
                    .forEach(type -> converterCandidates.put(type.getQualifiedName().toString(), type));
        }
        TypeElement entity = processingEnv.getElementUtils().getTypeElement(ENTITY);
        if (entitiesSeen || entity == null || options.mode() == Mode.OFF || reporter.hasErrors()) {
            return;
        }
        List<TypeElement> entities = ElementFilter.typesIn(round.getElementsAnnotatedWith(entity)).stream()
                .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
                .toList();
        if (!entities.isEmpty()) {
            entitiesSeen = true;
            converters = AutoAppliedConverters.of(converterCandidates.values(), processingEnv.getElementUtils(),
                    processingEnv.getTypeUtils(), reporter);
            if (!reporter.hasErrors()) {
                new SchemaPipeline(processingEnv, options, reporter, graphCheck).run(entities, revisions, converters);
            }
        }
    }

    /**
     * The converters the previous build listed, in the class output or on the class path, that still exist: a
     * compilation of some files may not include them. Those it does include replace them.
     */
    private void addListedConverters() {
        for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
            for (String name : ConverterIndex.read(processingEnv.getFiler(), location)) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                if (type != null) {
                    converterCandidates.putIfAbsent(name, type);
                }
            }
        }
    }

    /** A compilation without entities, or one that stopped early, still gets its revision graph checked. */
    private void checkGraphIfNotYet() {
        if (options.mode() == Mode.OFF || graphCheck.hasChecked() || revisions.isEmpty()) {
            return;
        }
        List<String> classPathIndex = RevisionIndex.read(processingEnv.getFiler(), StandardLocation.CLASS_PATH);
        graphCheck.check(revisions, KnownRevisions.idsOf(classPathIndex, processingEnv.getElementUtils()));
    }
}

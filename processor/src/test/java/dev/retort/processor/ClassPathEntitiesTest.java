package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.entity.AutoAppliedConverters;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.entity.EntityScanner;
import dev.retort.processor.entity.Naming;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities the snapshot names that the compilation does not include are read from their class files: with the same
 * result as from their sources, errors that name the class, and only while they are still entities.
 */
class ClassPathEntitiesTest {

    private static final JavaFileObject LIMITS = JavaFileObjects.forSourceLines("com.example.shop.Limits",
            "package com.example.shop;",
            "",
            "public final class Limits {",
            "    public static final int CODE = 12;",
            "    public static final int PRECISION = 9;",
            "    public static final String TABLE = \"every\" + \"thing\";",
            "    private Limits() {}",
            "}");

    private static final JavaFileObject KIND = JavaFileObjects.forSourceLines("com.example.shop.Kind",
            "package com.example.shop;",
            "",
            "public enum Kind { SMALL, LARGE }");

    private static final JavaFileObject OWNER = JavaFileObjects.forSourceLines("com.example.shop.Owner",
            "package com.example.shop;",
            "",
            "import jakarta.persistence.*;",
            "",
            "@Entity",
            "@Table(name = \"owners\")",
            "public class Owner {",
            "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private long id;",
            "}");

    /** Fields out of alphabetical order, attributes given by constants, members that are not columns. */
    private static final JavaFileObject EVERYTHING = JavaFileObjects.forSourceLines("com.example.shop.Everything",
            "package com.example.shop;",
            "",
            "import jakarta.persistence.*;",
            "import java.math.BigDecimal;",
            "import java.time.*;",
            "",
            "@Entity",
            "@Table(name = Limits.TABLE,",
            "        uniqueConstraints = @UniqueConstraint(columnNames = {\"code\", \"zeta\"}),",
            "        indexes = {@Index(name = \"ix_\" + Limits.TABLE + \"_alpha\", columnList = \"alpha, code\"),",
            "                @Index(columnList = \"when_\", unique = true)})",
            "public class Everything {",
            "    public static final String IGNORED = \"static\";",
            "    private static int counter;",
            "    @Id private Long id;",
            "    @Column(length = Limits.CODE, nullable = false, unique = true) private String zeta;",
            "    @Column(name = \"code\", length = Limits.CODE * 2) private String middle;",
            "    private transient String cache;",
            "    @Transient private String computed;",
            "    @Column(precision = Limits.PRECISION, scale = 3) private BigDecimal alpha;",
            "    @Enumerated(EnumType.STRING) @Column(length = 8) private Kind kind;",
            "    private Kind ordinal;",
            "    private final int version = 1;",
            "    private byte[] data;",
            "    @Column(name = \"when_\") private Instant when;",
            "    private boolean flag;",
            "    @ManyToOne(optional = false) @JoinColumn(name = \"owner\") private Owner owner;",
            "    private LocalDate day;",
            "    int derived() { return version; }",
            "}");

    private static final List<String> ENTITIES = List.of("com.example.shop.Everything", "com.example.shop.Owner");

    @TempDir
    Path directory;

    @Test
    void anEntityReadFromItsClassFileMapsAsFromItsSource() {
        ScanProcessor fromSource = new ScanProcessor(ENTITIES, List.of());
        Compilation sources = Compiler.javac().withProcessors(fromSource).compile(LIMITS, KIND, OWNER, EVERYTHING);
        assertThat(sources).succeededWithoutWarnings();
        Path classes = CompiledClasses.writeTo(sources, directory.resolve("classes"));

        ScanProcessor fromClassFile = new ScanProcessor(List.of(), ENTITIES);
        Compilation other = Compiler.javac()
                .withProcessors(fromClassFile)
                .withClasspath(RetortCompiler.classPath(List.of(classes)))
                .compile(JavaFileObjects.forSourceLines("com.example.Other", "package com.example;", "class Other {}"));

        assertThat(other).succeededWithoutWarnings();
        assertNotNull(fromSource.schema, "read from source");
        assertNotNull(fromClassFile.schema, "read from the class files");
        Table everything = fromClassFile.schema.schema().requireTable("everything");
        assertEquals(List.of("id", "zeta", "code", "alpha", "kind", "ordinal", "version", "data", "when_", "flag",
                "owner", "day"), everything.columns().stream().map(Column::name).toList());
        assertEquals(fromSource.schema.schema(), fromClassFile.schema.schema());
        assertEquals(Map.of("everything", ENTITIES.get(0), "owners", ENTITIES.get(1)),
                fromClassFile.schema.entityNames());
    }

    @Test
    void anErrorInAnEntityReadFromItsClassFileNamesTheClass() {
        Path classes = compileWithoutProcessor("Broken",
                "@Entity",
                "@Table(name = \"broken\")",
                "public class Broken {",
                "    @Id private Long id;",
                "    private Object payload;",
                "}");
        RetortCompiler retort = new RetortCompiler(directory.resolve("src"), List.of(classes));
        String snapshot = "{\"format\": 1, \"tables\": [{\"name\": \"broken\","
                + " \"entity\": \"com.example.school.Broken\","
                + " \"columns\": [{\"name\": \"id\", \"type\": \"bigint\", \"nullable\": false}],"
                + " \"primaryKey\": [\"id\"]}]}\n";
        RetortCompiler.write(retort.snapshot(), snapshot);

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertEquals("[RT100 UnsupportedType] Broken.payload has type java.lang.Object, which Retort cannot map to a "
                + "column yet (in com.example.school.Broken, outside this compilation)", error.getMessage(null));
        assertNull(error.getSource(), "no source position");
        assertEquals(List.of("retort-snapshot.json"), retort.migrationFiles());
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
    }

    @Test
    void aCompiledEntityTakesOverTheTableOfOneOnTheClassPath() throws Exception {
        RetortCompiler retort = generateFirstRevision();
        Path classes = compileWithoutProcessor("LegacyFee",
                "@Entity",
                "@Table(name = \"fees\")",
                "public class LegacyFee {",
                "    @Id private Long id;",
                "    private String other;",
                "}");
        String snapshot = RetortCompiler.read(retort.snapshot())
                .replace("\"com.example.school.Fee\"", "\"com.example.school.LegacyFee\"");
        RetortCompiler.write(retort.snapshot(), snapshot);

        Compilation compilation = new RetortCompiler(retort.sourceRoot(), List.of(classes))
                .compile(withRevisions(retort, School.FEE_STATUS, School.STUDENT, School.FEE));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), compilation.generatedSourceFiles());
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
    }

    @Test
    void aClassThatIsNoEntityAnyMoreLosesItsTable() throws Exception {
        RetortCompiler retort = generateFirstRevision();
        Path classes = compileWithoutProcessor("Gone",
                "public class Gone {",
                "    private Long id;",
                "}");
        Schema before = SnapshotReader.read(retort.snapshot()).schema();
        String snapshot = RetortCompiler.read(retort.snapshot()).replace("  \"tables\": [\n",
                "  \"tables\": [\n    {\"name\": \"gone\", \"entity\": \"com.example.school.Gone\", \"columns\": "
                        + "[{\"name\": \"id\", \"type\": \"bigint\", \"nullable\": false}]},\n");
        RetortCompiler.write(retort.snapshot(), snapshot);

        Compilation compilation = new RetortCompiler(retort.sourceRoot(), List.of(classes))
                .compile(withRevisions(retort, School.FEE_STATUS, School.STUDENT, School.FEE));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("(drop table gone)");
        assertEquals(before, SnapshotReader.read(retort.snapshot()).schema());
    }

    @Test
    void aSingleTableSubclassOnTheClassPathKeepsItsColumns() throws Exception {
        JavaFileObject payment = MappingErrorsTest.entity("Payment",
                "@Entity",
                "public class Payment {",
                "    @Id private Long id;",
                "}");
        JavaFileObject card = MappingErrorsTest.entity("CardPayment",
                "@Entity",
                "public class CardPayment extends Payment {",
                "    private String last4;",
                "}");
        RetortCompiler retort = new RetortCompiler(directory.resolve("src"));
        assertThat(retort.compile(payment, card)).succeededWithoutWarnings();
        String snapshot = RetortCompiler.read(retort.snapshot());
        assertTrue(snapshot.contains("\"subclasses\": [\"com.example.school.CardPayment\"]"), snapshot);
        Compilation withoutRetort = Compiler.javac().withOptions("-proc:none").compile(payment, card);
        Path classes = CompiledClasses.writeTo(withoutRetort, directory.resolve("classes"));

        // An IDE compiles Payment alone; CardPayment's columns in Payment's table must stay.
        Compilation compilation = new RetortCompiler(retort.sourceRoot(), List.of(classes))
                .compile(withRevisions(retort, payment));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), compilation.generatedSourceFiles());
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
    }

    private RetortCompiler generateFirstRevision() {
        RetortCompiler retort = new RetortCompiler(directory.resolve("src"));
        assertThat(retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeededWithoutWarnings();
        return retort;
    }

    /** {@code sources} and the revisions of the source tree. */
    private static JavaFileObject[] withRevisions(RetortCompiler retort, JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        for (String file : retort.migrationFiles()) {
            if (file.endsWith(".java")) {
                String className = file.substring(0, file.length() - ".java".length());
                all.add(JavaFileObjects.forSourceString("com.example.school.migrations." + className,
                        RetortCompiler.read(retort.migrations(file))));
            }
        }
        return all.toArray(JavaFileObject[]::new);
    }

    /** Compiles a class of {@code com.example.school} as a build without Retort would, into a new directory. */
    private Path compileWithoutProcessor(String className, String... lines) {
        Compilation compilation = Compiler.javac()
                .withOptions("-proc:none")
                .compile(MappingErrorsTest.entity(className, lines));
        assertThat(compilation).succeeded();
        Path classes = directory.resolve("classes-" + className);
        CompiledClasses.writeTo(compilation, classes);
        assertTrue(Files.isRegularFile(classes.resolve("com/example/school/" + className + ".class")));
        return classes;
    }

    /** Runs the entity scanner on entities of the compilation and entities named as a snapshot names them. */
    private static final class ScanProcessor extends AbstractProcessor {

        private final List<String> compiled;
        private final List<String> fromSnapshot;
        private EntitySchema schema;

        ScanProcessor(List<String> compiled, List<String> fromSnapshot) {
            this.compiled = compiled;
            this.fromSnapshot = fromSnapshot;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (round.processingOver() || schema != null) {
                return false;
            }
            Elements elements = processingEnv.getElementUtils();
            EntityScanner scanner = new EntityScanner(elements, processingEnv.getTypeUtils(), Naming.JPA,
                    AutoAppliedConverters.NONE, new Reporter(processingEnv.getMessager()));
            List<TypeElement> types = compiled.stream().map(elements::getTypeElement).toList();
            schema = scanner.read(types).flatMap(mappings -> scanner.complete(mappings, fromSnapshot)).orElse(null);
            return false;
        }
    }
}

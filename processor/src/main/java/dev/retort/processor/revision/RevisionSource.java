package dev.retort.processor.revision;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The Java source of a revision: a {@code @Revision} class implementing {@code Migration}. */
public final class RevisionSource {

    private RevisionSource() {}

    public static JavaFile of(RevisionModel revision) {
        OperationRenderer renderer = new OperationRenderer();
        CodeBlock upgrade = renderer.render(revision.upgrade());
        CodeBlock downgrade = renderer.render(revision.downgrade());
        TypeSpec type = TypeSpec.classBuilder(revision.className())
                .addAnnotation(annotation(revision))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(method("upgrade", upgrade, revision.parents().size() > 1
                        ? List.of("Joins the branches of the history; nothing else changes.")
                        : List.of("Data work goes here: op.execute(...), op.bulkInsert(...), op.updateInBatches(...),",
                                "op.run(...).")))
                .addMethod(method("downgrade", downgrade, revision.parents().size() > 1
                        ? List.of("Parts the branches again; nothing to undo.")
                        : List.of("What undoes the upgrade's data work, or op.irreversible(\"why\").")))
                .build();
        JavaFile.Builder file = JavaFile.builder(revision.packageName(), type).skipJavaLangImports(true).indent("    ");
        if (!renderer.typeConstants().isEmpty()) {
            file.addStaticImport(ColumnTypeLiteral.COLUMN_TYPE, renderer.typeConstants().toArray(String[]::new));
        }
        if (!renderer.indexOrders().isEmpty()) {
            file.addStaticImport(OperationRenderer.INDEX_COLUMN, renderer.indexOrders().toArray(String[]::new));
        }
        return file.build();
    }

    // JavaPoet puts each attribute of a class annotation on its own line; a single "value" member is written inline,
    // so the attributes are rendered as that member's code to keep the annotation on one line.
    private static AnnotationSpec annotation(RevisionModel revision) {
        CodeBlock.Builder attributes = CodeBlock.builder().add("id = $S", revision.id());
        if (revision.parents().size() == 1) {
            attributes.add(", parents = $S", revision.parents().get(0));
        } else if (revision.parents().size() > 1) {
            attributes.add(", parents = {$L}", revision.parents().stream()
                    .map(parent -> CodeBlock.of("$S", parent))
                    .collect(CodeBlock.joining(", ")));
        }
        attributes.add(", message = $S", revision.message());
        return AnnotationSpec.builder(ClassName.get(Revision.class)).addMember("value", attributes.build()).build();
    }

    /** @param whenEmpty what an empty body means: a merge revision joins branches, a manual one awaits data work */
    private static MethodSpec method(String name, CodeBlock body, List<String> whenEmpty) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op");
        if (body.isEmpty()) {
            whenEmpty.forEach(line -> method.addComment("$L", line));
        } else {
            method.addCode(body);
        }
        return method.build();
    }
}

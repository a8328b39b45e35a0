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
import dev.retort.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The Java source of a revision: a {@code @Revision} class implementing {@code Migration}. A revision of very many
 * operations (the first of a large project) runs them in parts of {@value #OPERATIONS_PER_METHOD}, each a method of
 * its own: the JVM limits a method to 64 KB of bytecode, which one method of a few thousand tables would exceed.
 */
public final class RevisionSource {

    static final int OPERATIONS_PER_METHOD = 400;

    private RevisionSource() {}

    public static JavaFile of(RevisionModel revision) {
        OperationRenderer renderer = new OperationRenderer();
        TypeSpec.Builder type = TypeSpec.classBuilder(revision.className())
                .addAnnotation(annotation(revision))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class);
        List<MethodSpec> parts = new ArrayList<>();
        type.addMethod(method("upgrade", body(renderer, "upgrade", revision.upgrade(), parts),
                revision.parents().size() > 1
                        ? List.of("Joins the branches of the history; nothing else changes.")
                        : List.of("Data work goes here: op.execute(...), op.bulkInsert(...), op.updateInBatches(...),",
                                "op.run(...).")));
        type.addMethod(method("downgrade", body(renderer, "downgrade", revision.downgrade(), parts),
                revision.parents().size() > 1
                        ? List.of("Parts the branches again; nothing to undo.")
                        : List.of("What undoes the upgrade's data work, or op.irreversible(\"why\").")));
        parts.forEach(type::addMethod);
        JavaFile.Builder file = JavaFile.builder(revision.packageName(), type.build()).skipJavaLangImports(true)
                .indent("    ");
        if (!renderer.typeConstants().isEmpty()) {
            file.addStaticImport(ColumnTypeLiteral.COLUMN_TYPE, renderer.typeConstants().toArray(String[]::new));
        }
        if (!renderer.indexOrders().isEmpty()) {
            file.addStaticImport(OperationRenderer.INDEX_COLUMN, renderer.indexOrders().toArray(String[]::new));
        }
        return file.build();
    }

    /** The operations as code, or as calls of part methods (added to {@code parts}) when they are very many. */
    private static CodeBlock body(OperationRenderer renderer, String name, List<Operation> operations,
            List<MethodSpec> parts) {
        if (operations.size() <= OPERATIONS_PER_METHOD) {
            return renderer.render(operations);
        }
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int from = 0, part = 1; from < operations.size(); from += OPERATIONS_PER_METHOD, part++) {
            String partName = name + "Part" + part;
            List<Operation> chunk = operations.subList(from, Math.min(from + OPERATIONS_PER_METHOD, operations.size()));
            calls.addStatement("$N(op)", partName);
            parts.add(MethodSpec.methodBuilder(partName)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(Operations.class, "op")
                    .addCode(renderer.render(chunk))
                    .build());
        }
        return calls.build();
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

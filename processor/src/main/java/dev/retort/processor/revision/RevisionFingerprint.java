package dev.retort.processor.revision;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The fingerprint of a revision compiled in this compilation, which the index records next to its class: the SHA-256,
 * in lower-case hex, of its source file's text (line endings as {@code \n}). The runtime keeps it with each run of the
 * revision, and a later start whose revisions all have the fingerprints recorded for them skips loading and recording
 * them: the same source makes the same operations, so the same checksum.
 *
 * <p>That holds only for what the source contains. A revision that refers to a type of the application outside its own
 * file (a helper, a constant of another class, a base class, another revision) could change its operations without
 * its source changing, so it gets no fingerprint, and every start replays it as before. Types of the JDK
 * ({@code java.}, {@code javax.}) and of Retort ({@code dev.retort.}) are the platform, whose behaviour Retort's
 * checksums already rely on. The references are read from the syntax tree, before javac has resolved them, so the
 * test is cautious: any name that could be such a type counts as one.
 */
public final class RevisionFingerprint {

    private static final String[] PLATFORM = {"java.", "javax.", "dev.retort."};

    private RevisionFingerprint() {}

    /**
     * The fingerprint of {@code type}'s source; empty when the compiler does not offer javac's tree API, the source
     * cannot be read, or it refers to code of the application outside its file.
     */
    public static Optional<String> of(TypeElement type, ProcessingEnvironment env) {
        TreePath path;
        try {
            path = Trees.instance(env).getPath(type);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not javac
        }
        if (path == null) {
            return Optional.empty();
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        String text;
        try {
            text = unit.getSourceFile().getCharContent(true).toString();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!new SelfContained(TopLevelType.of(type), env.getElementUtils()).check(unit)) {
            return Optional.empty();
        }
        return Optional.of(sha256(text.replace("\r\n", "\n").replace('\r', '\n')));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether a compilation unit refers to no type outside itself but the platform's. */
    private static final class SelfContained extends TreeScanner<Void, Void> {

        private final String topLevel;
        private final String packagePrefix;
        private final Elements elements;
        private final Map<String, Boolean> isType = new HashMap<>();
        private boolean outside;

        SelfContained(TypeElement topLevel, Elements elements) {
            this.topLevel = topLevel.getQualifiedName().toString();
            PackageElement pkg = elements.getPackageOf(topLevel);
            this.packagePrefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
            this.elements = elements;
        }

        boolean check(CompilationUnitTree unit) {
            scan(unit, null);
            return !outside;
        }

        @Override
        public Void visitImport(ImportTree tree, Void unused) {
            // An import names a type, a type's member (static) or a package (on demand): all must be the platform's
            // or this file's.
            if (!inside(tree.getQualifiedIdentifier().toString())) {
                outside = true;
            }
            return null;
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            // A simple name may be a class of the same package, which needs no import.
            String name = tree.getName().toString();
            if (!outside && type(packagePrefix + name) && !inside(packagePrefix + name)) {
                outside = true;
            }
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            // A qualified name may name a type of any package: com.example.Helpers.create(op).
            String name = qualifiedName(tree);
            if (!outside && name != null && type(name) && !inside(name)) {
                outside = true;
            }
            return super.visitMemberSelect(tree, unused);
        }

        /** {@code a.b.C} for a select made of names only; null for one that selects from anything else. */
        private static String qualifiedName(ExpressionTree tree) {
            if (tree instanceof IdentifierTree identifier) {
                return identifier.getName().toString();
            }
            if (tree instanceof MemberSelectTree select) {
                String qualifier = qualifiedName(select.getExpression());
                return qualifier == null ? null : qualifier + "." + select.getIdentifier();
            }
            return null;
        }

        private boolean inside(String qualifiedName) {
            if (qualifiedName.equals(topLevel) || qualifiedName.startsWith(topLevel + ".")) {
                return true;
            }
            for (String platform : PLATFORM) {
                if (qualifiedName.startsWith(platform)) {
                    return true;
                }
            }
            return false;
        }

        private boolean type(String qualifiedName) {
            return isType.computeIfAbsent(qualifiedName, name -> elements.getTypeElement(name) != null);
        }
    }
}

package dev.retort.oracle;

import dev.retort.oracle.LiveSchema.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retort's live schema against Hibernate's, fact by fact. A fact that only one side has is a difference, unless one of
 * the few {@link #ALLOWED allowed differences} explains it; anything else fails the oracle with a readable diff.
 *
 * @param onlyRetort facts only Retort's database has that nothing allows
 * @param onlyHibernate facts only Hibernate's database has that nothing allows
 * @param allowed facts only one side has, each with the allowed difference that explains it
 */
record SchemaComparison(List<Fact> onlyRetort, List<Fact> onlyHibernate, List<String> allowed) {

    enum Side {
        RETORT,
        HIBERNATE
    }

    /**
     * A difference the oracle accepts, and why. Keep this list short: every entry is documented in
     * docs/hibernate-oracle.md.
     *
     * @param side the database that has the extra fact
     * @param matches which facts it explains
     */
    record AllowedDifference(String name, String why, Side side, Predicate<Fact> matches) {}

    /** Retort's bookkeeping, which an application's ORM never maps. */
    static final Set<String> RETORT_TABLES = Set.of("public.retort_version", "public.retort_history");

    /**
     * The columns of the entity sets whose enum values an {@code AttributeConverter} writes, as
     * {@code schema.table.column}: named here, one by one, so that the allowance explains no other check.
     */
    static final Set<String> CONVERTED_ENUM_COLUMNS = Set.of("public.employees.usualshift",
            "public.employee_availableshifts.availableshifts");

    static final List<AllowedDifference> ALLOWED = List.of(
            new AllowedDifference("Retort's own tables",
                    "retort_version and retort_history record the applied revisions; no entity maps them",
                    Side.RETORT, fact -> fact.table() != null && RETORT_TABLES.contains(fact.table())),
            new AllowedDifference("checks of converted enums",
                    "Hibernate checks a converted enum's column against what the converter returns for each constant,"
                            + " which it learns by running the converter; the processor has the converter's source"
                            + " and cannot run it",
                    Side.HIBERNATE, SchemaComparison::isConvertedEnumCheck));

    private static final Pattern VALUES_CHECK = Pattern.compile("CHECK \\(\\(\\((\\w+)\\)::text = ANY \\(.*");

    private static boolean isConvertedEnumCheck(Fact fact) {
        if (fact.table() == null || !fact.subject().startsWith("check ")) {
            return false;
        }
        Matcher values = VALUES_CHECK.matcher(fact.detail());
        return values.matches() && CONVERTED_ENUM_COLUMNS.contains(fact.table() + "." + values.group(1));
    }

    static SchemaComparison of(LiveSchema retort, LiveSchema hibernate) {
        return of(retort, hibernate, ALLOWED);
    }

    static SchemaComparison of(LiveSchema retort, LiveSchema hibernate, List<AllowedDifference> allowedDifferences) {
        List<Fact> onlyRetort = minus(retort.facts(), hibernate.facts());
        List<Fact> onlyHibernate = minus(hibernate.facts(), retort.facts());
        List<String> allowed = new ArrayList<>();
        onlyRetort = explain(onlyRetort, Side.RETORT, allowedDifferences, allowed);
        onlyHibernate = explain(onlyHibernate, Side.HIBERNATE, allowedDifferences, allowed);
        return new SchemaComparison(onlyRetort, onlyHibernate, List.copyOf(allowed));
    }

    boolean same() {
        return onlyRetort.isEmpty() && onlyHibernate.isEmpty();
    }

    /**
     * The differences as a diff: {@code -} for what only Retort's database has, {@code +} for what only Hibernate's
     * has, the two sides of the same column or constraint next to each other.
     */
    String diff() {
        record Line(Fact fact, char sign) {}
        List<Line> lines = new ArrayList<>();
        onlyRetort.forEach(f -> lines.add(new Line(f, '-')));
        onlyHibernate.forEach(f -> lines.add(new Line(f, '+')));
        lines.sort(Comparator.comparing((Line l) -> l.fact().subject()).thenComparing(l -> l.sign() == '-' ? 0 : 1));
        StringBuilder text = new StringBuilder(
                "Retort's schema differs from Hibernate's (- only Retort's database has it, + only Hibernate's):\n");
        lines.forEach(l -> text.append("  ").append(l.sign()).append(' ').append(l.fact()).append('\n'));
        return text.toString();
    }

    /** Facts of {@code from} that {@code other} does not have, counting duplicates. */
    private static List<Fact> minus(List<Fact> from, List<Fact> other) {
        List<Fact> remaining = new ArrayList<>(other);
        List<Fact> extra = new ArrayList<>();
        for (Fact fact : from) {
            if (!remaining.remove(fact)) {
                extra.add(fact);
            }
        }
        return extra;
    }

    private static List<Fact> explain(List<Fact> facts, Side side, List<AllowedDifference> allowedDifferences,
            List<String> allowed) {
        List<Fact> unexplained = new ArrayList<>();
        for (Fact fact : facts) {
            allowedDifferences.stream()
                    .filter(a -> a.side() == side && a.matches().test(fact))
                    .findFirst()
                    .ifPresentOrElse(a -> allowed.add(side + " only, allowed (" + a.name() + "): " + fact),
                            () -> unexplained.add(fact));
        }
        return List.copyOf(unexplained);
    }
}

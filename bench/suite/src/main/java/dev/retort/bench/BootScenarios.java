package dev.retort.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenarios 1 and 2 on one database engine: the full apply of the 200 migrations on an empty database, then the
 * no-op boot of a database at head, for each tool in a fresh JVM. The tools take turns within each round (the first
 * one changes from round to round), so that a slow minute of the machine does not fall on one tool. The first round
 * of each is a warm-up and is not counted. After the warm-up apply, the four databases must hold the same schema.
 */
final class BootScenarios {

    /** The results on one engine. */
    static final class Results {
        final Engine engine;
        final Map<Tool, Measured> apply = new EnumMap<>(Tool.class);
        final Map<Tool, Measured> noop = new EnumMap<>(Tool.class);
        int tablesCompared;

        Results(Engine engine) {
            this.engine = engine;
            for (Tool tool : Tool.values()) {
                apply.put(tool, new Measured());
                noop.put(tool, new Measured());
            }
        }
    }

    private final Child child;
    private final Classpaths classpaths;
    private final Migrations.Layout migrations;

    BootScenarios(Child child, Classpaths classpaths, Migrations.Layout migrations) {
        this.child = child;
        this.classpaths = classpaths;
        this.migrations = migrations;
    }

    Results run(Engine engine, int applyRuns, int bootRuns) {
        Results results = new Results(engine);
        String prefix = engine.displayName().toLowerCase(Locale.ROOT);
        for (int round = 0; round <= applyRuns; round++) {
            for (Tool tool : order(round)) {
                Engine.Target target = engine.fresh(database(tool));
                Child.Result result = launch(tool, target, false, prefix + "-apply-" + tool.key());
                requireCount(tool, "full apply", result, tool == Tool.LIQUIBASE ? -1 : Migrations.COUNT);
                if (round > 0) {
                    results.apply.get(tool).add(result);
                }
            }
            if (round == 0) {
                results.tablesCompared = requireSameSchema(engine);
            }
            Progress.say(engine.displayName() + " full apply: round " + round + " of " + applyRuns + " done");
        }
        for (int round = 0; round <= bootRuns; round++) {
            for (Tool tool : order(round)) {
                Child.Result result = launch(tool, engine.existing(database(tool)), true,
                        prefix + "-noop-" + tool.key());
                requireCount(tool, "no-op boot", result, tool == Tool.JDBC ? 1 : 0);
                if (round > 0) {
                    results.noop.get(tool).add(result);
                }
            }
        }
        Progress.say(engine.displayName() + " no-op boot: " + bootRuns + " rounds done");
        for (Tool tool : Tool.values()) {
            engine.drop(database(tool));
        }
        return results;
    }

    private static String database(Tool tool) {
        return "retort_bench_" + tool.key();
    }

    /** Every tool once, starting with a different one each round. */
    private static List<Tool> order(int round) {
        List<Tool> tools = new ArrayList<>(List.of(Tool.values()));
        Collections.rotate(tools, -(round % tools.size()));
        return tools;
    }

    private int requireSameSchema(Engine engine) {
        List<String> names = new ArrayList<>();
        List<List<String>> descriptions = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            names.add(tool.displayName());
            descriptions.add(SchemaDescription.of(engine.existing(database(tool))));
        }
        SchemaDescription.requireEqual(engine.displayName() + " after the full apply", names, descriptions);
        int tables = (int) descriptions.get(0).stream().filter(line -> line.startsWith("table ")).count();
        if (tables != Migrations.COUNT) {
            throw new IllegalStateException(engine.displayName() + ": " + tables + " tables after the full apply, not "
                    + Migrations.COUNT);
        }
        return tables;
    }

    /** @param expected the count the tool must report; -1 when it reports nothing comparable */
    private static void requireCount(Tool tool, String what, Child.Result result, long expected) {
        if (expected >= 0 && result.count() != expected) {
            throw new IllegalStateException(tool.displayName() + " " + what + ": reported " + result.count()
                    + ", expected " + expected);
        }
    }

    private Child.Result launch(Tool tool, Engine.Target target, boolean noop, String name) {
        List<String> args = new ArrayList<>();
        List<String> jvm = new ArrayList<>();
        String classpath;
        String main;
        switch (tool) {
            case JDBC -> {
                classpath = classpaths.app("app-jdbc");
                main = "dev.retort.bench.app.jdbc.JdbcMain";
                args.add(noop ? "connect" : "apply");
                args.addAll(target.args());
                if (!noop) {
                    args.add(migrations.sqlDirectory().toString());
                }
            }
            case RETORT -> {
                classpath = Classpaths.join(List.of(classpaths.app("app-retort"),
                        migrations.retortClasses().toString()));
                main = "dev.retort.bench.app.retort.RetortMain";
                args.add("upgrade");
                args.addAll(target.args());
                args.add("head");
            }
            case FLYWAY -> {
                classpath = classpaths.app("app-flyway");
                main = "dev.retort.bench.app.flyway.FlywayMain";
                args.add("migrate");
                args.addAll(target.args());
                args.add(migrations.sqlDirectory().toString());
            }
            case LIQUIBASE -> {
                classpath = classpaths.app("app-liquibase");
                main = "dev.retort.bench.app.liquibase.LiquibaseMain";
                jvm.add("-Dliquibase.analytics.enabled=false");
                args.add("update");
                args.addAll(target.args());
                args.add(migrations.liquibaseDirectory().toString());
                args.add(migrations.liquibaseChangelog());
            }
            default -> throw new IllegalArgumentException(tool.toString());
        }
        return child.run(name, jvm, classpath, main, args);
    }
}

package dev.retort.bench;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The page's chart of scenarios 1 and 2 (XChart): medians per tool, SQLite and PostgreSQL side by side. */
final class Chart {

    private static final Color[] COLORS = {
        new Color(0x8C, 0x8C, 0x8C), // raw JDBC
        new Color(0xD9, 0x5F, 0x02), // Retort
        new Color(0x1B, 0x9E, 0x77), // Flyway
        new Color(0x75, 0x70, 0xB3), // Liquibase
    };

    private Chart() {}

    static void write(Path file, List<BootScenarios.Results> engines) throws IOException {
        CategoryChart boot = chart("1. No-op boot, 200 migrations: whole process (median, ms)");
        CategoryChart apply = chart("2. Full apply of 200 migrations: migrate call (median, ms)");
        List<String> categories = engines.stream().map(r -> r.engine.displayName()).toList();
        for (Tool tool : Tool.values()) {
            List<Number> bootValues = new ArrayList<>();
            List<Number> applyValues = new ArrayList<>();
            for (BootScenarios.Results results : engines) {
                bootValues.add(Math.round(results.noop.get(tool).wallMs.median()));
                applyValues.add(Math.round(results.apply.get(tool).callMs.median()));
            }
            String bootName = tool == Tool.JDBC ? "bare JDBC connect (floor)" : tool.displayName();
            String applyName = tool == Tool.JDBC ? "raw JDBC statements (floor)" : tool.displayName();
            boot.addSeries(bootName, categories, bootValues);
            apply.addSeries(applyName, categories, applyValues);
        }
        BitmapEncoder.saveBitmap(List.of(boot, apply), 1, 2, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart chart(String title) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(460).title(title)
                .yAxisTitle("ms").build();
        chart.getStyler()
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal)
                .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13))
                .setSeriesColors(COLORS)
                .setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsRotation(90);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        return chart;
    }
}

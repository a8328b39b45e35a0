package dev.retort.processor;

import dev.retort.processor.spi.NamingStrategy;
import java.util.Locale;

/** A user's naming strategy, found on the processor path: tables get a prefix, everything is lower case. */
public final class PrefixNaming implements NamingStrategy {

    @Override
    public String tableName(String logicalName) {
        return "app_" + logicalName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String columnName(String logicalName) {
        return logicalName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String joinTableName(String ownerTable, String targetTable, String attribute) {
        return ownerTable + "_has_" + attribute;
    }
}

package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides that an upgrade has nothing to do without loading a revision class: the common start of an application whose
 * database is up to date. It reads the version and history tables (holding the migration lock, as every upgrade) and
 * the revisions as the index describes them ({@link RevisionIndex}), and answers yes only when the full upgrade would
 * find exactly that:
 *
 * <ul>
 *   <li>both of Retort's tables exist, and the history table has the fingerprint column;
 *   <li>the version table names only revisions the index describes;
 *   <li>no non-transactional downgrade is left unfinished (the full upgrade would finish it first);
 *   <li>every applied revision has the fingerprint its last successful upgrade row records: it is the source whose
 *       checksum that row holds, so replaying it would find its checksum unchanged;
 *   <li>the target asks for no revision that is not applied.
 * </ul>
 *
 * Anything else — a fingerprint that differs or is missing (older rows, an index without fingerprints, a revision that
 * calls code outside its file), a revision to apply, a target in error — is left to the full upgrade, which loads and
 * replays the revisions, compares their checksums and reports what is wrong exactly as before.
 */
final class NothingToDo {

    private NothingToDo() {}

    static boolean forUpgrade(Connection connection, Dialect dialect, RevisionGraph described, String target)
            throws SQLException {
        String prefix = "";
        if (dialect.name().equals("postgresql")) {
            // Retort's tables are those of the schema the connection works in, as VersionTable and HistoryTable
            // find them; a table of the same name further down the search path is not theirs.
            String schema = connection.getSchema();
            if (schema == null) {
                return false;
            }
            prefix = "\"" + schema.replace("\"", "\"\"") + "\".";
        }
        Set<String> rows = new HashSet<>();
        Map<String, String> lastUpgradeFingerprint = new HashMap<>();
        Map<String, Boolean> lastRunFailedDowngrade = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            // Retort's names are lower case, quoted alike on both databases.
            try (ResultSet version = statement.executeQuery("SELECT revision FROM " + prefix + "\""
                    + VersionTable.NAME + "\"")) {
                while (version.next()) {
                    rows.add(version.getString(1));
                }
            }
            try (ResultSet history = statement.executeQuery("SELECT revision, direction, success, "
                    + HistoryTable.FINGERPRINT + " FROM " + prefix + "\"" + HistoryTable.NAME + "\" ORDER BY id")) {
                while (history.next()) {
                    String revision = history.getString(1);
                    boolean upgrade = Direction.UPGRADE.noun().equals(history.getString(2));
                    boolean success = history.getBoolean(3);
                    if (upgrade && success) {
                        lastUpgradeFingerprint.put(revision, history.getString(4));
                    }
                    lastRunFailedDowngrade.put(revision, !upgrade && !success);
                }
            }
        } catch (SQLException e) {
            // A table or the fingerprint column is missing: the full upgrade creates or completes them.
            return false;
        }
        for (String row : rows) {
            if (!described.contains(row)) {
                return false;
            }
        }
        Set<String> applied = described.withAncestors(rows);
        for (String id : applied) {
            LoadedRevision revision = described.get(id);
            if (!revision.transactional() && Boolean.TRUE.equals(lastRunFailedDowngrade.get(id))) {
                return false;
            }
            String recorded = lastUpgradeFingerprint.get(id);
            if (recorded == null || !recorded.equals(revision.fingerprint())) {
                return false;
            }
        }
        if (target.equals("heads") || target.equals("head")) {
            // Every revision is needed by the single head (and by the heads): is every one applied? Several heads make
            // "head" an error, which the full upgrade reports.
            return applied.size() == described.size()
                    && (target.equals("heads") || described.heads().size() == 1);
        }
        try {
            return Targets.toApply(target, described, applied).isEmpty();
        } catch (RetortException e) {
            return false;
        }
    }
}

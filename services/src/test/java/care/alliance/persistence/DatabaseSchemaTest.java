package care.alliance.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.testing.ClinicDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flyway builds the schema; Hibernate only checks that the entities match it, and says so when not. */
class DatabaseSchemaTest {

    @Test
    void theMigrationsBuildTheSchemaTheEntitiesMap() {
        try (ClinicDatabase database = ClinicDatabase.migrated()) {
            assertEquals(15, database.migrationsApplied(), "V1, V3 to V7, V9 to V11, V13 to V16 common, V2 and V12 for H2");
            DatabaseSchema schema = new DatabaseSchema(database.dataSource());
            assertEquals("16", schema.version());
            assertEquals(0, schema.migrate(), "nothing is left to apply");
            assertDoesNotThrow(() -> DatabaseSchema.validateEntities(database.entityManagerFactory()));
        }
    }

    static Stream<Arguments> drifts() {
        return Stream.of(
                arguments("a mapped column is missing", "alter table client drop column pronouns", "pronouns"),
                arguments("a mapped table is missing", "drop table care_team_member", "care_team_member"),
                arguments("a mapped column has another type",
                        "alter table care_team_member alter column starts_on set data type varchar(10)", "starts_on"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void aSchemaThatDriftsFromTheEntitiesIsRefused(String drift, String sql, String named) {
        SchemaManagementException refusal = assertThrows(SchemaManagementException.class,
                () -> ClinicDatabase.prepared(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).close());

        assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
    }
}

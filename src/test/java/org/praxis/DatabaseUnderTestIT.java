package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each integration-test run is on the database it claims: H2 in the first run, PostgreSQL in the second. */
@PraxisIntegrationTest
class DatabaseUnderTestIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theRunIsOnTheDatabaseItNames() throws Exception {
        var expected = System.getProperty("praxis.test.database", "h2");
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:" + expected + ":");
        }
    }
}

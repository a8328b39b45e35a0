package dev.retort.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The oracle's copy of Spring Boot's physical naming, on the cases its rule distinguishes. */
class SnakeCasePhysicalNamingStrategyTest {

    @ParameterizedTest
    @CsvSource({
        "dueDate, due_date",
        "PurchaseOrder, purchase_order",
        "customerAccount_accountId, customer_account_account_id",
        "loyalty2Tier, loyalty2_tier",
        "streetLine1, street_line1",
        "externalURL, externalurl",
        "URLPath, urlpath",
        "order.line, order_line",
        "already_snake, already_snake"
    })
    void insertsUnderscoresAsSpringBootDoes(String name, String expected) {
        assertEquals(expected, SnakeCasePhysicalNamingStrategy.snakeCase(name));
    }
}

package care.alliance.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.web.api.ApiApplication;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An API request's timing is named by its operation's template, never by the numbers in its address. */
class ApiOperationsTest {

    private final ApiOperations api = ApiOperations.of(new ApiApplication());

    @Test
    void theRecordNumbersInAnAddressBecomeTheTemplatesParameters() {
        assertEquals(Optional.of("GET /api/v1/clients/{clientId}/goals"), api.operationOf("GET", "/api/v1/clients/12/goals"));
        assertEquals(Optional.of("POST /api/v1/clients/{clientId}/goals"), api.operationOf("POST", "/api/v1/clients/12/goals"));
        assertEquals(Optional.of("GET /api/v1/goals/{goalId}"), api.operationOf("GET", "/api/v1/goals/7"));
        assertEquals(Optional.of("POST /api/v1/goals/{goalId}/answers"), api.operationOf("POST", "/api/v1/goals/7/answers"));
        assertEquals(Optional.of("GET /api/v1/caseload"), api.operationOf("GET", "/api/v1/caseload"));
        assertEquals(Optional.of("GET /api/v1/caseload"), api.operationOf("HEAD", "/api/v1/caseload"));
    }

    @Test
    void anAddressOrMethodNoOperationTakesHasNoName() {
        assertEquals(Optional.empty(), api.operationOf("GET", "/api/v1/clients/Jordan-Lee/goals/extra"));
        assertEquals(Optional.empty(), api.operationOf("DELETE", "/api/v1/goals/7"));
        assertEquals(Optional.empty(), api.operationOf("GET", "/api/v1/nothing-here"));
    }
}

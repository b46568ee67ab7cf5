package care.alliance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmergencyAccessTest {

    @Test
    void breakingTheGlassAndEveryReadUnderItAreEmergencyAccesses() {
        assertTrue(EmergencyAccess.isEmergency("BREAK_THE_GLASS", "client in crisis at the front desk"));
        assertTrue(EmergencyAccess.isEmergency("VIEW_PLAN", EmergencyAccess.reasonFor("client in crisis")));
        assertEquals("emergency access: client in crisis", EmergencyAccess.reasonFor("client in crisis"));
    }

    @Test
    void anOrdinaryReadIsNoEmergencyEvenWhenItsReasonMentionsOne() {
        assertFalse(EmergencyAccess.isEmergency("VIEW_PLAN", "member of the client's care team"));
        assertFalse(EmergencyAccess.isEmergency("VIEW_PLAN", "not an emergency access"));
        assertFalse(EmergencyAccess.isEmergency("VIEW_PLAN", null));
    }
}

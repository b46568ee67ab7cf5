package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

    // ----------------------------------------------------------------------------------- measure

    @Test
    void theMeasureIsOneLineOfText() {
        assertThrows(InvalidInput.class, () -> new Target("days\nwalked", BigDecimal.ONE, Target.Direction.AT_LEAST, null));
        assertThrows(InvalidInput.class, () -> new Target("days\u0000walked", BigDecimal.ONE, Target.Direction.AT_LEAST,
                null));
        assertEquals("days walked", new Target(" days walked\n", BigDecimal.ONE, Target.Direction.AT_LEAST, null)
                .measure());
    }
}

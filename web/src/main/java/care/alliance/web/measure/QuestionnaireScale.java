package care.alliance.web.measure;

import care.alliance.measure.Answer;
import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What every PHQ-9 and GAD-7 form shows the same way, whoever fills it in: the answers 0 to 3 in
 * the official wording, the difficulty question's answers and the authors' attribution.
 */
@Named("questionnaire")
@ApplicationScoped
public class QuestionnaireScale {

    public int[] getScale() {
        return IntStream.rangeClosed(Answer.LOWEST, Answer.HIGHEST).toArray();
    }

    public List<String> getScaleWords() {
        return Answer.OFFICIAL_WORDING;
    }

    public Difficulty[] getDifficulties() {
        return Difficulty.values();
    }

    public String getAttribution() {
        return Instrument.ATTRIBUTION;
    }
}

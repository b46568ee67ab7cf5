package care.alliance.consent;

import care.alliance.team.Discipline;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clinic's starting point for every client who has not decided yet: for each label, the
 * disciplines that may see it. Without configuration every discipline sees every label, as the
 * team saw everything before consent was asked.
 */
public final class ConsentDefaults implements Serializable {

    /** The configuration value that lets no discipline see a label. */
    public static final String NO_DISCIPLINE = "none";

    private final Map<SensitiveLabel, Set<Discipline>> maySee;

    private ConsentDefaults(Map<SensitiveLabel, Set<Discipline>> maySee) {
        this.maySee = maySee;
    }

    /** Every discipline may see every label. */
    public static ConsentDefaults everyDiscipline() {
        Map<SensitiveLabel, Set<Discipline>> all = new EnumMap<>(SensitiveLabel.class);
        for (SensitiveLabel label : SensitiveLabel.values()) {
            all.put(label, EnumSet.allOf(Discipline.class));
        }
        return new ConsentDefaults(all);
    }

    /**
     * The defaults as configured, label by label: a comma-separated list of disciplines
     * ({@code primary-care, psychiatry}), or {@code none}; a label not configured is seen by every
     * discipline. A discipline the clinic misspelled stops the start rather than guessing.
     */
    public static ConsentDefaults configured(Map<SensitiveLabel, String> configured) {
        ConsentDefaults defaults = everyDiscipline();
        configured.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                defaults.maySee.put(label, disciplines(label, value));
            }
        });
        return defaults;
    }

    private static Set<Discipline> disciplines(SensitiveLabel label, String value) {
        if (value.strip().equalsIgnoreCase(NO_DISCIPLINE)) {
            return EnumSet.noneOf(Discipline.class);
        }
        Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
        for (String name : value.split(",")) {
            String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            disciplines.add(Arrays.stream(Discipline.values()).filter(d -> d.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("alliance.consent.default." + label.configName()
                            + ": no discipline '" + name.strip() + "'; use " + Arrays.toString(Discipline.values())
                            .toLowerCase(Locale.ROOT).replace('_', '-') + " or " + NO_DISCIPLINE)));
        }
        return disciplines;
    }

    public boolean allows(Discipline discipline, SensitiveLabel label) {
        return maySee.get(label).contains(discipline);
    }

    public Set<Discipline> disciplinesSeeing(SensitiveLabel label) {
        return Collections.unmodifiableSet(maySee.get(label));
    }
}

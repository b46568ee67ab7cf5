package care.alliance.clinicimport;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The files clinic IT chose, as uploaded: any of the three, at least one. */
public record ImportFiles(byte[] staff, byte[] clients, byte[] careTeams) implements Serializable {

    Map<ImportFile, byte[]> chosen() {
        Map<ImportFile, byte[]> chosen = new EnumMap<>(ImportFile.class);
        Optional.ofNullable(staff).ifPresent(content -> chosen.put(ImportFile.STAFF, content));
        Optional.ofNullable(clients).ifPresent(content -> chosen.put(ImportFile.CLIENTS, content));
        Optional.ofNullable(careTeams).ifPresent(content -> chosen.put(ImportFile.CARE_TEAMS, content));
        return chosen;
    }

    @Override
    public String toString() {
        return "ImportFiles[" + chosen().keySet() + "]";
    }
}

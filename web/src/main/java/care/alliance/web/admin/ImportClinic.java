package care.alliance.web.admin;

import care.alliance.clinicimport.ClinicImport;
import care.alliance.clinicimport.ImportFiles;
import care.alliance.clinicimport.ImportPreview;
import care.alliance.clinicimport.ImportProgress;
import care.alliance.clinicimport.RowResult;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Import a clinic": clinic IT chooses the clinic's CSV files and sees what every row would do,
 * and why a row is refused, before anything is saved; then imports the rows that can be imported
 * and follows the import until its summary, which shows the temporary passwords of the accounts
 * it opened this once, on this page, never again.
 */
@Named
@ViewScoped
public class ImportClinic implements Serializable {

    /** A little more than the import takes, so that a larger file is refused in words, not cut short. */
    private static final int READ_AT_MOST = 2 * 1024 * 1024 + 1;

    @Inject
    ClinicImport clinicImport;

    private transient Part staffFile;
    private transient Part clientsFile;
    private transient Part careTeamsFile;
    private ImportFiles files;
    private ImportPreview preview;
    private UUID run;
    private ImportProgress progress;

    public void preview() {
        ImportFiles chosen = new ImportFiles(content(staffFile), content(clientsFile), content(careTeamsFile));
        preview = PageMessages.attempt(() -> clinicImport.preview(chosen), "done.importPreviewed");
        files = preview == null ? null : chosen;
        progress = null;
    }

    public void start() {
        if (files == null) {
            return;
        }
        run = PageMessages.attempt(() -> clinicImport.start(files), "done.importStarted");
        if (run != null) {
            progress = new ImportProgress(0, (int) preview.getToAdd(), false, null);
            preview = null;
            poll();
        }
    }

    /** Asked by the page every second while the import runs; its summary comes once it has finished. */
    public void poll() {
        if (run == null) {
            return;
        }
        progress = clinicImport.progress(run);
        if (progress.finished()) {
            run = null;
        }
    }

    public boolean isRunning() {
        return run != null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public ImportPreview getSummary() {
        return progress == null ? null : progress.summary();
    }

    /** The accounts the import opened, with their temporary passwords. */
    public List<RowResult> getHandedOver() {
        return getSummary() == null ? List.of()
                : getSummary().rows().stream().filter(row -> row.handedOver().isPresent()).toList();
    }

    public String reasons(RowResult row, Locale locale) {
        return row.reasons().stream().map(reason -> reason.in(locale)).collect(Collectors.joining(" "));
    }

    private static byte[] content(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(READ_AT_MOST);
        } catch (IOException notRead) {
            throw new UncheckedIOException(notRead);
        }
    }

    public Part getStaffFile() {
        return staffFile;
    }

    public void setStaffFile(Part staffFile) {
        this.staffFile = staffFile;
    }

    public Part getClientsFile() {
        return clientsFile;
    }

    public void setClientsFile(Part clientsFile) {
        this.clientsFile = clientsFile;
    }

    public Part getCareTeamsFile() {
        return careTeamsFile;
    }

    public void setCareTeamsFile(Part careTeamsFile) {
        this.careTeamsFile = careTeamsFile;
    }
}

package care.alliance.web.admin;

import care.alliance.staff.AccountHandedOver;
import care.alliance.staff.StaffAdministration;
import care.alliance.staff.StaffEntry;
import care.alliance.team.Discipline;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One staff member, for clinic IT: change their discipline, give them a new temporary password
 * (shown once), or let them go after confirming it.
 */
@Named
@ViewScoped
public class StaffMemberPage implements Serializable {

    @Inject
    StaffAdministration administration;

    private String staff;
    private long staffId;
    private StaffEntry member;
    private String newDiscipline;
    private boolean confirmLetGo;
    private AccountHandedOver reset;

    public void load() {
        staffId = RecordNumber.parse(staff);
        member = administration.staffMember(staffId);
        newDiscipline = member.discipline().name();
    }

    public void changeDiscipline() {
        StaffEntry changed = PageMessages.attempt(() -> administration.changeDiscipline(staffId, newDiscipline),
                "done.disciplineChanged");
        if (changed != null) {
            member = changed;
        }
    }

    public void resetPassword() {
        reset = PageMessages.attempt(() -> administration.resetPassword(staffId), "done.passwordReset");
    }

    public void letGo() {
        StaffEntry gone = PageMessages.attempt(() -> administration.letGo(staffId, confirmLetGo), "done.letGo");
        if (gone != null) {
            member = gone;
        }
    }

    public List<Discipline> getDisciplines() {
        return List.of(Discipline.values());
    }

    public String getStaff() {
        return staff;
    }

    public void setStaff(String staff) {
        this.staff = staff;
    }

    public StaffEntry getMember() {
        return member;
    }

    public AccountHandedOver getReset() {
        return reset;
    }

    public String getNewDiscipline() {
        return newDiscipline;
    }

    public void setNewDiscipline(String newDiscipline) {
        this.newDiscipline = newDiscipline;
    }

    public boolean isConfirmLetGo() {
        return confirmLetGo;
    }

    public void setConfirmLetGo(boolean confirmLetGo) {
        this.confirmLetGo = confirmLetGo;
    }
}

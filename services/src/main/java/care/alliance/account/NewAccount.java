package care.alliance.account;

import care.alliance.person.PersonName;

/**
 * What an account is opened with: the user name, the person's name and their email address, each
 * checked. Staff always have a work address; a client's portal account may have none ({@code null}).
 */
public record NewAccount(Username username, PersonName name, EmailAddress email) {

    public NewAccount {
        if (username == null || name == null) {
            throw new IllegalArgumentException("An account needs a user name, and a name.");
        }
    }
}

package care.alliance.account;

import care.alliance.person.PersonName;

/** What an account is opened with: the user name, the person's name and their email address, each checked. */
public record NewAccount(Username username, PersonName name, EmailAddress email) {

    public NewAccount {
        if (username == null || name == null || email == null) {
            throw new IllegalArgumentException("An account needs a user name, a name and an email address.");
        }
    }
}

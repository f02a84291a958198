package org.grassroots.application.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code grassroots.admin.*}, i.e.
 * {@code GRASSROOTS_ADMIN_USERNAME} / {@code GRASSROOTS_ADMIN_PASSWORD}).
 *
 * @param username the administrator's username
 * @param password the administrator's password; generated and logged once when absent
 */
@ConfigurationProperties("grassroots.admin")
public record AdminProperties(@DefaultValue("admin") String username, @Nullable String password) {

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + "]";
	}

}

package org.grassroots.api.security;

import java.security.SecureRandom;

import org.grassroots.application.accounts.AccountService;
import org.grassroots.application.accounts.AdminProperties;
import org.grassroots.graph.migration.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration when no account of that name exists.
 * Without a configured password one is generated and logged this once; an existing
 * account is never changed.
 */
@Component
@Order(StartupOrder.FIRST_ADMINISTRATOR)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountService accounts;

	private final AdminProperties properties;

	/** Runs after the migrations: the username constraint must exist before the merge. */
	FirstAdministrator(AccountService accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String configured = this.properties.password();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? randomPassword() : configured;
		if (this.accounts.createAdministratorIfAbsent(this.properties.username(), password)) {
			if (generated) {
				logger.warn(
						"Created administrator '{}' with generated password: {} "
								+ "(shown only now; set GRASSROOTS_ADMIN_PASSWORD to choose one)",
						this.properties.username(), password);
			}
			else {
				logger.info("Created administrator '{}' with the configured password", this.properties.username());
			}
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}

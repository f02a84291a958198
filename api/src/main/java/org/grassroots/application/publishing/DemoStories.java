package org.grassroots.application.publishing;

import org.grassroots.application.accounts.AccountService;
import org.grassroots.application.accounts.AdminProperties;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.demo.DemoData;
import org.grassroots.graph.migration.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a story from each demo case on the first start with the demo data, as the
 * first administrator, through the same workflow as any publication: the showcase site
 * and search then have the demo stories to show. Runs only while the graph holds no story
 * at all, so nothing anyone wrote or took down is ever touched.
 */
@Component
@Order(StartupOrder.DEMO_STORIES)
class DemoStories implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoStories.class);

	private final DemoData demo;

	private final ArticleStore articles;

	private final ArticleWorkflow workflow;

	private final AccountService accounts;

	private final PublishingProperties properties;

	private final String administrator;

	DemoStories(DemoData demo, ArticleStore articles, ArticleWorkflow workflow, AccountService accounts,
			PublishingProperties properties, AdminProperties administrator) {
		this.demo = demo;
		this.articles = articles;
		this.workflow = workflow;
		this.accounts = accounts;
		this.properties = properties;
		this.administrator = administrator.username();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.properties.demoStories() || !this.demo.loads() || !this.articles.ids().isEmpty()) {
			return;
		}
		this.accounts.callerOf(this.administrator).ifPresent((admin) -> {
			int published = 0;
			for (String caseId : this.demo.caseIds()) {
				try {
					this.workflow.publishCase(admin, caseId, "demo story");
					published++;
				}
				catch (RuntimeException ex) {
					// A case the checks refuse (or that cannot be told yet) simply has no
					// demo story
					logger.warn("Demo story of {} not published: {}", caseId, ex.getMessage());
				}
			}
			logger.info("Published {} demo stories", published);
		});
	}

}

package org.grassroots.application.publishing;

import org.grassroots.application.journal.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled publications and take-downs. The times live in the graph, so a restart
 * loses none; every instance looks for due actions, and each action locks its article and
 * clears its time in the same transaction, so only one instance runs it, once.
 */
@Component
class ScheduledActions extends Worker {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledActions.class);

	private static final int BATCH = 50;

	private final ArticleWorkflow workflow;

	ScheduledActions(ArticleWorkflow workflow, ObjectProvider<PublishingProperties> properties) {
		super("article-scheduler", properties.getIfAvailable(() -> PublishingProperties.DEFAULTS).schedulerInterval());
		this.workflow = workflow;
	}

	@Override
	protected void work() {
		for (String id : this.workflow.due(BATCH)) {
			try {
				this.workflow.runDue(id);
			}
			catch (RuntimeException ex) {
				logger.warn("Scheduled action on article {} failed, will retry: {}", id, ex.toString());
			}
		}
	}

}

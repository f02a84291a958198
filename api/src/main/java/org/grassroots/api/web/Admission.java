package org.grassroots.api.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a bounded number of GraphQL requests at once. Virtual threads would otherwise
 * accept every request that arrives and run them all, each slower than the last, until
 * every caller waits seconds; here a request waits at most
 * {@link HttpLimits#admissionWait()} for its turn and is then refused at once with 503,
 * {@code Retry-After} and a GraphQL-shaped body, which a client can act on.
 */
class Admission extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long waitNanos;

	private final @Nullable CorsConfiguration cors;

	/** Closed until the start-up work (migrations, demo data) is done. */
	private volatile boolean open;

	Admission(HttpLimits limits, @Nullable CorsConfiguration cors) {
		this.permits = new Semaphore(limits.concurrentRequests(), true);
		this.waitNanos = limits.admissionWait().toNanos();
		this.cors = cors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.open) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			ErrorBody.write(request, response, this.cors, HttpStatus.SERVICE_UNAVAILABLE.value(), "UNAVAILABLE",
					"The server is starting: retry in a second");
			return;
		}
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			ErrorBody.write(request, response, this.cors, HttpStatus.SERVICE_UNAVAILABLE.value(), "UNAVAILABLE",
					"The server is busy: retry in a second");
			return;
		}
		boolean async = false;
		try {
			chain.doFilter(request, response);
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new Release());
				async = true;
			}
		}
		finally {
			if (!async) {
				this.permits.release();
			}
		}
	}

	/** From now on requests are admitted: the application is ready. */
	void open() {
		this.open = true;
	}

	/** The engine answers asynchronously: the permit is held until the answer is out. */
	private final class Release implements AsyncListener {

		private final AtomicBoolean released = new AtomicBoolean();

		@Override
		public void onComplete(AsyncEvent event) {
			release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			release();
		}

		@Override
		public void onError(AsyncEvent event) {
			release();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

		private void release() {
			if (this.released.compareAndSet(false, true)) {
				Admission.this.permits.release();
			}
		}

	}

}

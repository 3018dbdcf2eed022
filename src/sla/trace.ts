import type { SlaIssue } from "./messages.ts";
import { slaIssue } from "./messages.ts";
import type { Locale } from "../core/issue.ts";
import type { CompiledTarget } from "./policy.ts";
import type { TimelineEvent } from "./timeline.ts";

/** The clock history of one target, replayed from the timeline up to `now`. */
export interface Trace {
  /** Instant the clock started, or null when no start event has happened. */
  readonly start: number | null;
  /** Instant a stop event ended it, or null while open. */
  readonly stop: number | null;
  /** Closed running stretches, in order. */
  readonly segments: readonly (readonly [number, number])[];
  /** Running since (open stretch) at the end of the replay, or null when paused or stopped. */
  readonly openFrom: number | null;
  /** True when the clock is paused at the end of the replay. */
  readonly paused: boolean;
  /** Calendar ms spent paused. */
  readonly pausedMs: number;
  /** Follow-up events (checkpoint rules). */
  readonly followUps: readonly number[];
  /** Latest promised time (start event's or a later promise event's `due`), for `promised` rules. */
  readonly promise: number | null;
}

function applies(e: TimelineEvent, id: string, types: readonly string[]): boolean {
  return types.includes(e.type) && (e.targets === null || e.targets.includes(id));
}

/**
 * Replays the events up to `now` for one target. Precedence for an event listed twice: stop,
 * then pause, then resume. Events before the start (other than the start) are ignored; a
 * resume while running is reported as `sla/unmatched-resume` and ignored.
 */
export function traceTarget(
  target: CompiledTarget,
  events: readonly TimelineEvent[],
  now: number,
  warnings: SlaIssue[],
  locale: Locale | undefined,
): Trace {
  let start: number | null = null;
  let stop: number | null = null;
  let openFrom: number | null = null;
  let pausedSince: number | null = null;
  let pausedMs = 0;
  const segments: [number, number][] = [];
  const followUps: number[] = [];
  const followTypes = target.rule.kind === "checkpoints" ? target.rule.followUp : null;
  const promiseTypes = target.rule.kind === "promised" ? target.rule.update : null;
  let promise: number | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TimelineEvent;
    if (e.at > now) break;
    if (start === null) {
      if (applies(e, target.id, target.start)) {
        start = e.at;
        openFrom = e.at;
        promise = e.due;
      }
      continue;
    }
    if (applies(e, target.id, target.stop)) {
      if (openFrom !== null) segments.push([openFrom, e.at]);
      if (pausedSince !== null) pausedMs += e.at - pausedSince;
      openFrom = null;
      pausedSince = null;
      stop = e.at;
      break;
    }
    if (applies(e, target.id, target.pause)) {
      if (openFrom !== null) {
        segments.push([openFrom, e.at]);
        openFrom = null;
        pausedSince = e.at;
      }
    } else if (applies(e, target.id, target.resume)) {
      if (pausedSince !== null) {
        pausedMs += e.at - pausedSince;
        pausedSince = null;
        openFrom = e.at;
      } else {
        warnings.push(
          slaIssue("sla/unmatched-resume", { target: target.id }, ["timeline", i], locale),
        );
      }
    } else if (followTypes !== null && applies(e, target.id, followTypes)) {
      followUps.push(e.at);
    } else if (promiseTypes !== null && e.due !== null && applies(e, target.id, promiseTypes)) {
      promise = e.due;
    }
  }
  if (pausedSince !== null) pausedMs += now - pausedSince;
  return {
    start,
    stop,
    segments,
    openFrom,
    paused: pausedSince !== null,
    pausedMs,
    followUps,
    promise,
  };
}

/* annotate review page: moments to click through, adjust and download.
   All text from articles is set with textContent, never parsed as HTML. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const timeline = data.timeline;
  const moments = timeline.moments;
  // The exact frame rate as a fraction (30000/1001, not 29.97): a nudge steps by frame index, on the frame grid.
  const [rateNum, rateDen] = data.video.rate || [25, 1];
  // A variable-rate file's own frame starts (footage time), on no grid: a nudge steps on them. The page carries
  // them as microsecond steps from frame to frame, a run of equal steps as [step, count] (review.frame_steps).
  const frameStarts = (function (steps) {
    if (!steps) return null;
    const out = [];
    let t = 0;
    for (const step of steps) {
      const [d, n] = Array.isArray(step) ? step : [step, 1];
      for (let k = 0; k < n; k++) {
        t += d;
        out.push(t / 1e6);
      }
    }
    return out.length ? out : null;
  })(data.video.frames);
  // A browser counts media time from the file's timestamps (10 s at the first frame of a copy cut with -copyts);
  // moments count from the first frame: add this to every seek and cue, take it from every reading.
  const origin = data.video.start || 0;
  const video = document.getElementById("video");
  const list = document.getElementById("moments");
  const ruler = document.getElementById("ruler");
  const cuesByMoment = new Map();
  const cards = [];
  const original = moments.map((m) => JSON.stringify(m));
  // Kept up to date one moment at a time, so an edit costs the same with 3 moments or 3,000.
  const changed = new Set();
  let ticks = [];
  let rulerLength = 0;
  let selected = -1;
  let savedSinceEdit = true;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // Text in the user's words (a caption, a quote, a credit) takes its direction from itself: an Arabic or Hebrew
  // caption laid out in a left-to-right paragraph put its final full stop at the start of the sentence.
  function own(e) {
    e.dir = "auto";
    return e;
  }

  // Same shape as annotate.timecode.format_clock: m:ss(.fff) or h:mm:ss(.fff).
  function clock(seconds, places) {
    const scale = Math.pow(10, places);
    const total = Math.round(Math.max(0, seconds) * scale);
    const whole = Math.floor(total / scale);
    const frac = total % scale;
    const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
    const tail = places ? "." + String(frac).padStart(places, "0") : "";
    const ss = String(s).padStart(2, "0") + tail;
    return h ? h + ":" + String(m).padStart(2, "0") + ":" + ss : m + ":" + ss;
  }

  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // Link to the sentence itself where the browser supports text fragments.
  function quoteLink(url, quote) {
    const safe = safeUrl(url);
    if (!safe || !quote || safe.includes("#")) return safe;
    return safe + "#:~:text=" + encodeURIComponent(quote.slice(0, 80));
  }

  function status(m) {
    const a = m.alignment;
    if (a && a.kind && a.kind !== "none") return "is-aligned";
    return m.approximate ? "is-approx" : "is-stated";
  }

  function setupVideo() {
    if (!data.video.src) {
      video.hidden = true;
      document.getElementById("no-video").hidden = false;
      return;
    }
    video.src = data.video.src;
    // Opened from another angle's page at an instant (#t=SECONDS): start there.
    const start = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
    if (start) video.addEventListener("loadedmetadata", () => seekTo(Number(start[1])), { once: true });
    // Chromium refuses <track src> from file:// pages: cues come from the page itself.
    const track = video.addTextTrack("subtitles", "Moments", "en");
    for (const c of data.cues) {
      const cue = new VTTCue(origin + c.start, origin + Math.max(c.end, c.start + 0.001), c.vtt);
      cue.id = c.moment || "";
      track.addCue(cue);
      if (c.moment) {
        if (!cuesByMoment.has(c.moment)) cuesByMoment.set(c.moment, []);
        cuesByMoment.get(c.moment).push(cue);
      }
    }
    track.mode = "showing";
    video.addEventListener("timeupdate", follow);
    video.addEventListener("seeked", follow);
    video.addEventListener("seeked", seekOn);
    if (video.requestVideoFrameCallback) watchFrames();
    video.addEventListener("loadedmetadata", drawRuler);
  }

  function switcher() {
    // Several videos: a link to each one's page; the current one is marked, not linked.
    const nav = document.getElementById("videos");
    for (const v of data.videos || []) {
      const item = v.current ? el("span", "current", v.id) : el("a", null, v.id);
      if (!v.current) {
        item.href = v.href;
        // The selected moment seen from that angle: open its page at the same instant.
        item.addEventListener("click", () => {
          const at = selected >= 0 && v.at ? v.at[moments[selected].id] : undefined;
          item.href = at === undefined ? v.href : v.href + "#t=" + at;
        });
      }
      nav.appendChild(item);
    }
    nav.hidden = !(data.videos || []).length;
  }

  function header() {
    switcher();
    document.getElementById("footage-name").textContent = data.video.name || "—";
    document.getElementById("generated").textContent = data.generated;
    document.getElementById("moment-count").textContent = String(moments.length);
    const box = document.getElementById("sources");
    for (const s of timeline.sources || []) {
      const row = el("div", "source");
      row.appendChild(el("span", "label", "Source"));
      row.appendChild(document.createTextNode(" "));
      const name = s.publisher || s.article || s.url || "article";
      const href = safeUrl(s.url);
      if (href) {
        const a = el("a", null, name);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        row.appendChild(a);
      } else {
        row.appendChild(el("span", null, name));
      }
      if (s.credit) row.appendChild(el("span", "credit", " · ")).appendChild(own(el("span", null, s.credit)));
      box.appendChild(row);
    }
    if (data.strip) {
      document.getElementById("strip-img").src = data.strip;
      document.getElementById("strip").hidden = false;
    }
  }

  function card(m, i) {
    const li = el("li", "moment " + status(m));
    li.dataset.index = String(i);
    li.dataset.id = m.id;
    li.tabIndex = -1;
    const seek = el("button", "seek");
    seek.type = "button";
    seek.title = "Play from here";
    const time = el("span", "time");
    seek.appendChild(time);
    seek.appendChild(el("span", "mid", m.id));
    li.appendChild(seek);

    const body = el("div", "body");
    body.appendChild(own(el("div", "caption", m.caption || m.quote || m.sentence || "(no caption)")));
    if (m.quote) body.appendChild(own(el("blockquote", "quote", "\u201c" + m.quote + "\u201d")));
    // A quote: the words said, and what the footage showed of them (the cue text or the recognised words).
    if (m.said) {
      body.appendChild(el("blockquote", "said", "said: \u201c")).append(own(el("span", null, m.said)), "\u201d");
      const a = m.alignment;
      if (a && a.note && (a.kind === "subtitle" || a.kind === "speech")) body.appendChild(el("div", "evidence", a.note));
    }
    const times = el("dl", "times");
    times.appendChild(el("dt", null, "Stated"));
    const stated = el("dd", "mono");
    times.appendChild(stated);
    times.appendChild(el("dt", null, "Shown"));
    const shown = el("dd", "mono");
    times.appendChild(shown);
    body.appendChild(times);
    const source = (timeline.sources || [])[0];
    const href = source ? quoteLink(source.url, m.sentence || m.quote) : null;
    if (href) {
      const a = el("a", "srclink", "Open in " + (source.publisher || "article") + " \u2197");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      body.appendChild(a);
    }
    const tools = el("div", "tools");
    const buttons = [
      ["set", "Set to current time", "Use the video's current time for this moment (s)"],
      ["minus", "\u2212 1 frame", "Move one frame earlier ([)"],
      ["plus", "+ 1 frame", "Move one frame later (])"],
      ["reset", "Reset", "Back to the time in the timeline file"],
    ];
    for (const [act, label, tip] of buttons) {
      const b = el("button", "tool " + act, label);
      b.type = "button";
      b.dataset.act = act;
      b.title = tip;
      tools.appendChild(b);
    }
    body.appendChild(tools);
    li.appendChild(body);
    if (data.thumbs && data.thumbs[m.id]) {
      const img = el("img", "thumb");
      img.src = data.thumbs[m.id];
      img.alt = "";
      img.loading = "lazy";
      li.appendChild(img);
    }
    li.addEventListener("click", (ev) => {
      const act = ev.target.closest("button.tool");
      if (act) {
        ev.stopPropagation();
        edit(i, act.dataset.act);
        return;
      }
      if (ev.target.closest("a")) return;
      select(i, true);
    });
    cards.push({ li, time, stated, shown });
    refresh(i);
    return li;
  }

  function refresh(i) {
    const m = moments[i];
    const c = cards[i];
    c.time.textContent = clock(m.effective_start, 2);
    // A clock moment was stated as a clock reading: show that reading beside the footage time.
    c.stated.textContent = (m.clock ? "clock " + m.clock
      : m.start === null ? "no time (found by its words)"
      : clock(m.start, 2) + (m.end !== null ? " \u2013 " + clock(m.end, 2) : "")) +
      (m.approximate ? "  \u2248 approximate" : "");
    const a = m.alignment;
    let shown = clock(m.effective_start, 3);
    if (a && m.start === null) {
      shown += "  (" + a.kind + (a.kind !== "manual" && a.score ? " " + Number(a.score).toFixed(2) : "") + ")";
    } else if (a) {
      const delta = m.effective_start - m.start;
      shown += "  (" + (delta >= 0 ? "+" : "\u2212") + Math.abs(delta).toFixed(2) + " s, " + a.kind +
        (a.kind !== "manual" && a.score ? " " + Number(a.score).toFixed(2) : "") + ")";
    }
    c.shown.textContent = shown;
    const edited = JSON.stringify(m) !== original[i];
    if (edited) changed.add(i);
    else changed.delete(i);
    c.li.classList.toggle("edited", edited);
    c.li.className = c.li.className.replace(/\bis-(aligned|approx|stated)\b/g, "").trim() + " " + status(m);
  }

  function setTime(i, t) {
    const m = moments[i];
    // No later than the last frame's start (the frame on screen at the end), where align places a moment at
    // the latest: at the footage's length a moment lies past the picture, and clips and subtitles leave it out.
    if (footageLength()) t = Math.min(t, frameTime(frameAt(footageLength())));
    t = Math.max(0, Math.round(t * 1000) / 1000);
    const shift = t - m.effective_start;
    const a = m.alignment || { score: 0, offset: 0 };
    m.alignment = { start: t, kind: "manual", score: 1, note: "set in the review page", offset: a.offset || 0 };
    m.effective_start = t;
    m.effective_end = m.end === null ? null : m.end + (t - m.start);
    for (const cue of cuesByMoment.get(m.id) || []) {
      cue.startTime = Math.max(origin, cue.startTime + shift);
      cue.endTime = Math.max(cue.startTime, cue.endTime + shift);
    }
  }

  function edit(i, act) {
    const m = moments[i];
    if (act === "set") setTime(i, now());
    else if (act === "minus") setTime(i, frameTime(frameIndex(m.effective_start) - 1));
    else if (act === "plus") setTime(i, frameTime(frameIndex(m.effective_start) + 1));
    else if (act === "reset") {
      const before = JSON.parse(original[i]);
      setTime(i, before.effective_start);
      moments[i] = before;
    }
    savedSinceEdit = false;
    refresh(i);
    drawTick(i);
    countEdits();
    select(i, act !== "set");
  }

  // The frame a time names (the one starting nearest; on a tie the one on screen, as annotate.timecode.frame_of)
  // and the start of a frame, from the exact rate: no error builds up however many frames are stepped.
  // On a variable-rate file, its own frames: the start nearest t (on a tie the earlier, as
  // annotate.timecode.frame_among), and a frame's start (the last one's past the end).
  function frameIndex(t) {
    if (frameStarts) {
      let lo = 0;
      let hi = frameStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (frameStarts[mid] < t) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return 0;
      if (lo === frameStarts.length) return lo - 1;
      return frameStarts[lo] - t < t - frameStarts[lo - 1] - 1e-6 ? lo : lo - 1;
    }
    return Math.max(0, Math.ceil((t * rateNum) / rateDen - 0.5 - 1e-6));
  }

  function frameTime(index) {
    if (frameStarts) return frameStarts[Math.min(Math.max(0, index), frameStarts.length - 1)];
    return (Math.max(0, index) * rateDen) / rateNum;
  }

  // The footage's time now, and a seek to a footage time (see origin).
  function now() {
    return Math.max(0, video.currentTime - origin);
  }

  // Chromium stops a seek at the end it has read so far when a file's timestamps start after 0 (its duration
  // counts from 0): seek on from where it stopped while that gets nearer. After such a chain of paused seeks a
  // loaded machine's Chromium sometimes never hands the frame it landed on to the screen, which kept a frame from two
  // seeks back for 10 s and more (the element itself held the right one). requestVideoFrameCallback tells which
  // frame each paint was given: a while after a seek of the page's, if that is not the frame at the current time,
  // hop a few milliseconds and back (a seek to the time it is at is skipped and paints nothing), a few times at most.
  const FRAME_WAIT_MS = 300;
  const FRAME_HOP = 0.002;
  const FRAME_HOPS = 3;
  let target = null;
  let reached = -Infinity;
  let presented = null;
  let frameCheck = 0;
  let hops = 0;
  let back = null;

  function seekTo(t) {
    target = origin + t;
    reached = -Infinity;
    hops = 0;
    back = null;
    clearTimeout(frameCheck);
    video.currentTime = target;
  }

  function seekOn() {
    if (back !== null) {
      target = back;
      back = null;
      video.currentTime = target;
    } else if (target !== null && video.currentTime < target - 0.001 && video.currentTime > reached + 0.001) {
      reached = video.currentTime;
      video.currentTime = target;
    } else if (target !== null) {
      target = null;
      clearTimeout(frameCheck);
      frameCheck = setTimeout(checkFrame, FRAME_WAIT_MS);
    }
  }

  function watchFrames() {
    const next = (when, meta) => {
      presented = meta.mediaTime;
      video.requestVideoFrameCallback(next);
    };
    video.requestVideoFrameCallback(next);
  }

  // The frame on screen at a footage time: the last one starting at or before it (the last one at the end).
  function frameAt(t) {
    const length = footageLength();
    const at = length ? Math.min(t, length - 1e-3) : t;
    const i = frameIndex(at);
    return frameTime(i) > at + 1e-4 ? Math.max(0, i - 1) : i;
  }

  function checkFrame() {
    if (!video.requestVideoFrameCallback || hops >= FRAME_HOPS || target !== null || video.seeking || !video.paused) {
      return;
    }
    if (presented !== null && frameIndex(presented - origin) === frameAt(now())) return;
    hops += 1;
    back = video.currentTime;
    const ahead = !footageLength() || now() + FRAME_HOP < footageLength();
    video.currentTime = back + (ahead ? FRAME_HOP : -FRAME_HOP);
  }

  function countEdits() {
    const n = changed.size;
    const badge = document.getElementById("edit-count");
    badge.hidden = n === 0;
    badge.textContent = n + (n === 1 ? " moment changed" : " moments changed");
  }

  function select(i, seek) {
    if (i < 0 || i >= moments.length) return;
    if (selected >= 0) cards[selected].li.classList.remove("selected");
    selected = i;
    const li = cards[i].li;
    li.classList.add("selected");
    li.scrollIntoView({ block: "nearest", behavior: "smooth" });
    if (seek && data.video.src) seekTo(moments[i].effective_start);
  }

  function follow() {
    const t = now();
    document.getElementById("now").textContent = clock(t, 3);
    let playing = -1;
    for (let i = 0; i < moments.length; i++) {
      if (moments[i].effective_start <= t + 0.05) playing = i;
    }
    cards.forEach((c, i) => c.li.classList.toggle("playing", i === playing));
  }

  function nextIndex(step) {
    if (selected >= 0) return Math.min(moments.length - 1, Math.max(0, selected + step));
    const t = now() || 0;
    const order = step > 0 ? moments.map((m, i) => i) : moments.map((m, i) => i).reverse();
    for (const i of order) {
      if (step > 0 ? moments[i].effective_start > t + 0.05 : moments[i].effective_start < t - 0.05) return i;
    }
    return step > 0 ? moments.length - 1 : 0;
  }

  // The probed length first: a browser's duration of a file whose timestamps start after 0 is not its end.
  function footageLength() {
    if (data.video.duration) return data.video.duration;
    return isFinite(video.duration) && video.duration > 0 ? Math.max(0, video.duration - origin)
      : (timeline.footage && timeline.footage.duration) || 0;
  }

  function placeTick(i) {
    const m = moments[i];
    const tick = ticks[i];
    tick.className = "tick " + status(m);
    tick.style.left = Math.min(100, (100 * m.effective_start) / rulerLength) + "%";
    tick.title = clock(m.effective_start, 2) + " " + (m.caption || m.quote || m.id);
  }

  function drawRuler() {
    ruler.textContent = "";
    ticks = [];
    rulerLength = footageLength();
    if (!rulerLength) return;
    moments.forEach((m, i) => {
      const tick = el("button");
      tick.type = "button";
      tick.tabIndex = -1;
      tick.addEventListener("click", () => select(i, true));
      ticks.push(tick);
      placeTick(i);
      ruler.appendChild(tick);
    });
  }

  // One edited moment: move its own tick; redraw all only if the footage's length changed.
  function drawTick(i) {
    if (footageLength() !== rulerLength) drawRuler();
    else if (ticks[i]) placeTick(i);
  }

  function download() {
    const out = Object.assign({}, timeline, { moments: moments });
    const blob = new Blob([JSON.stringify(out, null, 2) + "\n"], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = data.download;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    savedSinceEdit = true;
    const hint = document.getElementById("saved-hint");
    hint.textContent = "Saved " + data.download + " \u2014 merge it: annotate import " + data.download +
      " -o " + data.origin;
    hint.hidden = false;
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || ev.target.isContentEditable) return;
    const key = ev.key;
    if (key === "j" || key === "ArrowDown") select(nextIndex(1), true);
    else if (key === "k" || key === "ArrowUp") select(nextIndex(-1), true);
    else if (key === " " || key === "Spacebar") {
      if (video.paused) video.play().catch(() => {});
      else video.pause();
    } else if (key === "s" && selected >= 0) edit(selected, "set");
    else if (key === "[" && selected >= 0) edit(selected, "minus");
    else if (key === "]" && selected >= 0) edit(selected, "plus");
    else return;
    ev.preventDefault();
  });
  window.addEventListener("beforeunload", (ev) => {
    if (!savedSinceEdit) {
      ev.preventDefault();
      ev.returnValue = "";
    }
  });
  document.getElementById("download").addEventListener("click", download);

  header();
  moments.forEach((m, i) => list.appendChild(card(m, i)));
  setupVideo();
  drawRuler();
  window.annotateReview = { moments: moments, select: select, ready: true };
})();

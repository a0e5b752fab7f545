#!/usr/bin/env python3
"""Python client for the mathgym reward server (`mathgym serve`, docs/server.md).

One file, standard library only (urllib), Python 3.8+: copy it next to a training script.

    from mathgym_client import MathgymClient
    client = MathgymClient("http://127.0.0.1:8000")            # or a list of replicas; token= or $MATHGYM_SERVER_TOKEN
    client.score([{"completion": "so \\boxed{1/2}", "answer": "0.5"}])   # [{'index': 0, 'reward': 1.0, ...}]

Trainer adapters in this file (none imports its trainer; the server URL comes from the argument or
$MATHGYM_SERVER_URL, comma-separated for several replicas, default http://127.0.0.1:8000):

* TRL:  ``GRPOTrainer(reward_funcs=[mathgym_reward], ...)`` (or ``make_trl_reward(...)``); returns
        floats, None where the item could not be judged (TRL then leaves that sample out).
* verl: ``custom_reward_function.path=mathgym_client.py custom_reward_function.name=compute_score``
        (``compute_score_batched`` for ``reward_model.reward_manager=batch``; ``compute_score_value``,
        a plain float, for ``verl.trainer.main_eval``). Picklable (no module-level lock): verl's
        "remote" reward manager cloudpickles compute_score into Ray actors.
* OpenRLHF needs no Python: ``--reward.remote_url http://HOST:PORT/get_reward``.

Every reward is a float (the server writes 1.0, not 1). An item the server could not judge (verifier
timeout, completion over ``mathgym serve --max-completion-chars``: code COMPLETION_TOO_LONG) is never a
silent 0: TRL gets None; verl gets score 0.0 with ``verifier_error`` 1.0 and ``error`` set (logged in
verl's reward_extra_info), or ``on_error="raise"`` / ``"nan"`` via ``custom_reward_function.reward_kwargs``.

Retries: connection errors and HTTP 429/502/503/504 are retried with exponential backoff (doubling
from ``backoff`` seconds, at most 5 s per wait; a Retry-After header lengthens a wait, capped at
``max_retry_after``), rotating over the URLs. Other errors raise MathgymError carrying the server's
error body (``status``, ``code``, ``message``, ``fields``). Environment sessions live on the replica
that opened them, so step/close go to that replica and are retried only when the server certainly did
not run the call (connection refused, 429, 503): retrying a step that may have run would step twice.

Self-test against a running server (one JSON line, exit 1 on any mismatch):

    python3 mathgym_client.py --url http://127.0.0.1:8000 [--token T] selftest
"""
from __future__ import annotations

import argparse
import email.utils
import errno
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

__all__ = [
    "MathgymClient",
    "MathgymError",
    "mathgym_reward",
    "make_trl_reward",
    "compute_score",
    "compute_score_batched",
    "compute_score_value",
    "default_client",
]

DEFAULT_URL = "http://127.0.0.1:8000"
#: Most items the server accepts in one request (lib/server/schemas.ts MAX_ITEMS).
MAX_ITEMS = 65536
#: Items this client sends per request by default: smaller requests retry cheaply; larger batches are split.
CHUNK_ITEMS = 4096
RETRY_STATUS = frozenset([429, 502, 503, 504])
#: Statuses where the server certainly did not run the call (safe to retry a non-idempotent env call).
NOT_RUN_STATUS = frozenset([429, 503])
USER_AGENT = "mathgym-python-client/0.1"


class MathgymError(Exception):
    """A request the server refused (4xx other than 429), or one that failed after every retry.

    ``status`` is the HTTP status (0: no HTTP answer, e.g. connection refused); ``code``, ``message``
    and ``fields`` come from the server's ``{"error": {code, message, fields?}}`` body when it sent one.
    """

    def __init__(self, message: str, status: int = 0, code: str = "", fields: Optional[List[Dict[str, Any]]] = None, body: Any = None, attempts: int = 1):
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.fields = fields or []
        self.body = body
        self.attempts = attempts


def _jsonable(o: Any) -> Any:
    """json.dumps fallback: numpy scalars/arrays (verl's parquet rows), tuples-like objects, the rest as str."""
    if hasattr(o, "tolist"):
        return o.tolist()
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, (set, frozenset)):
        return list(o)
    if isinstance(o, bytes):
        return o.decode("utf-8", "replace")
    return str(o)


def _finite(o: Any) -> Any:
    """``o`` with NaN/Infinity floats (pandas' missing values) replaced by None: JSON has no NaN."""
    if isinstance(o, float):
        return o if o == o and o not in (float("inf"), float("-inf")) else None
    if isinstance(o, dict):
        return {k: _finite(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_finite(v) for v in o]
    if hasattr(o, "tolist") or hasattr(o, "item"):
        return _finite(_jsonable(o))
    return o


def _encode(body: Any) -> bytes:
    try:
        text = json.dumps(body, default=_jsonable, ensure_ascii=False, allow_nan=False)
    except ValueError:  # a NaN somewhere (extra_info from a parquet row): send null there instead
        text = json.dumps(_finite(body), default=_jsonable, ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def _floats(values: Any) -> Any:
    """Reward numbers as Python floats (a tensor built from ints is int64, and its std() raises)."""
    if isinstance(values, list):
        return [None if v is None else float(v) for v in values]
    return values if values is None or isinstance(values, (str, bool)) else float(values)


def _float_rewards(r: Dict[str, Any]) -> Dict[str, Any]:
    """An OpenRLHF answer with its rewards, scores and extra_logs as floats (whatever the server wrote)."""
    out = dict(r)
    for k in ("rewards", "scores"):
        if k in out:
            out[k] = _floats(out[k])
    if isinstance(out.get("extra_logs"), dict):
        out["extra_logs"] = {k: _floats(v) for k, v in out["extra_logs"].items()}
    return out


def _retry_after(value: Optional[str]) -> Optional[float]:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _not_sent(exc: BaseException) -> bool:
    """True when a connection error means the request never reached the server (safe to resend anything)."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (ConnectionRefusedError, socket.gaierror)):
        return True
    return isinstance(reason, OSError) and reason.errno in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH)


class MathgymClient:
    """Client for one mathgym reward server or several replicas (tried in rotation).

    Args:
        url: base URL (``http://host:port``) or a list of them; a comma-separated string works too.
        token: bearer token; default $MATHGYM_SERVER_TOKEN; '' or unset = no Authorization header.
        retries: attempts after the first for retryable failures.
        backoff: first wait in seconds, doubled after each retry (at most 5 s).
        timeout: per-attempt socket timeout, seconds.
        max_retry_after: cap on a server's Retry-After, seconds.
        max_items: items per request; longer batches are split (default 4096; the server's limit is 65536).
        proxies: urllib proxy map ({"http": "http://proxy:3128"}); default None = connect directly,
            ignoring $http_proxy (reward servers are usually on the cluster network).
    """

    def __init__(
        self,
        url: Union[str, Sequence[str]] = DEFAULT_URL,
        token: Optional[str] = None,
        retries: int = 5,
        backoff: float = 0.1,
        timeout: float = 60,
        max_retry_after: float = 10.0,
        max_items: int = CHUNK_ITEMS,
        proxies: Optional[Dict[str, str]] = None,
    ):
        urls = [u for u in (url.split(",") if isinstance(url, str) else list(url))]
        self.urls = [u.strip().rstrip("/") for u in urls if u and u.strip()]
        if not self.urls:
            raise ValueError("MathgymClient needs at least one server URL")
        for u in self.urls:
            if urllib.parse.urlsplit(u).scheme not in ("http", "https"):
                raise ValueError("server URL must start with http:// or https://, got %r" % u)
        self.token = os.environ.get("MATHGYM_SERVER_TOKEN") if token is None else token
        if self.token:
            try:
                self.token.encode("latin-1")  # HTTP header values are latin-1 on the wire
            except UnicodeEncodeError:
                raise ValueError("the bearer token has characters HTTP headers cannot carry; use an ASCII token (e.g. openssl rand -hex 16)") from None
        if retries < 0 or backoff < 0 or timeout <= 0 or not 1 <= max_items <= MAX_ITEMS:
            raise ValueError("retries and backoff must be >= 0, timeout > 0, max_items from 1 to %d" % MAX_ITEMS)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.timeout = float(timeout)
        self.max_retry_after = float(max_retry_after)
        self.max_items = int(max_items)
        #: attempts that failed and were retried, since construction
        self.retried = 0
        self._next = 0
        self._proxies = dict(proxies or {})
        #: session id -> (replica URL that opened it, X-Session-Affinity key sent with its calls)
        self._sessions: Dict[str, Tuple[str, str]] = {}
        self._setup()

    def _setup(self) -> None:
        """The unpicklable parts (a lock, the opener), made anew after unpickling."""
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler(self._proxies))

    # picklable: Ray (verl's reward workers) ships compute_score, and the clients it reaches, to other processes
    def __getstate__(self) -> Dict[str, Any]:
        state = dict(self.__dict__)
        del state["_lock"], state["_opener"]
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._setup()

    # ------------------------------------------------------------------ transport

    def _headers(self, has_body: bool, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
        h = {"Accept": "application/json", "User-Agent": USER_AGENT}
        h.update(extra or {})
        if has_body:
            h["Content-Type"] = "application/json"
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        return h

    def _once(self, base: str, method: str, path: str, data: Optional[bytes], extra: Optional[Dict[str, str]] = None) -> Tuple[int, Dict[str, str], bytes]:
        """One attempt: (status, headers, body) for any HTTP answer; raises on network failures."""
        req = urllib.request.Request(base + path, data=data, method=method, headers=self._headers(data is not None, extra))
        try:
            with self._opener.open(req, timeout=self.timeout) as res:
                return res.status, dict(res.headers.items()), res.read()
        except urllib.error.HTTPError as e:
            try:
                body = e.read()
            except (OSError, http.client.HTTPException):
                body = b""
            finally:
                e.close()
            return e.code, dict(e.headers.items()) if e.headers else {}, body

    def request(self, method: str, path: str, body: Any = None, base: Optional[str] = None, idempotent: bool = True) -> Any:
        """Sends one request with retries; returns the parsed JSON (or the text of a non-JSON answer).

        ``base`` pins the request to one replica (default: rotate over ``urls``). ``idempotent=False``
        retries only failures where the server certainly did not run the call.
        """
        return self._send(method, path, body, base, idempotent)[0]

    def _send(self, method: str, path: str, body: Any, base: Optional[str], idempotent: bool, headers: Optional[Dict[str, str]] = None) -> Tuple[Any, str]:
        """``request``, also returning the base URL that answered."""
        data = None if body is None else _encode(body)
        wait = self.backoff
        last = ""
        last_status = 0
        last_err: Optional[Dict[str, Any]] = None
        last_body: Any = None
        attempts = 0
        for attempt in range(self.retries + 1):
            attempts = attempt + 1
            if base is not None:
                target = base
            else:
                with self._lock:
                    target = self.urls[self._next % len(self.urls)]
                    self._next += 1
            delay = wait
            try:
                status, got, raw = self._once(target, method, path, data, headers)
            except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
                # URLError wraps refused/unreachable; timeouts and resets come as OSError / HTTPException
                last = "%s%s: %s" % (target, path, getattr(e, "reason", None) or e)
                last_status, last_err, last_body = 0, None, None
                if not idempotent and not _not_sent(e):
                    raise MathgymError("%s %s failed and was not retried (the server may have run it): %s" % (method, path, last), attempts=attempts)
            else:
                text = raw.decode("utf-8", "replace")
                got = {k.lower(): v for k, v in got.items()}
                ctype = got.get("content-type", "")
                try:
                    parsed: Any = json.loads(text) if text and "json" in ctype else text
                except ValueError:
                    parsed = text
                if 200 <= status < 300:
                    return parsed, target
                err = parsed.get("error") if isinstance(parsed, dict) and isinstance(parsed.get("error"), dict) else None
                code = str(err.get("code", "")) if err else ""
                msg = str(err.get("message", "")) if err else text[:300]
                last = "%s%s answered %d %s%s" % (target, path, status, code + ": " if code else "", msg)
                last_status, last_err, last_body = status, err, parsed
                retryable = status in (RETRY_STATUS if idempotent else NOT_RUN_STATUS)
                if not retryable:
                    raise MathgymError("%s %s -> %d %s%s" % (method, path, status, code + ": " if code else "", msg), status=status, code=code, fields=(err or {}).get("fields"), body=parsed, attempts=attempts)
                after = _retry_after(got.get("retry-after"))
                if after is not None:
                    delay = max(wait, min(after, self.max_retry_after))
            if attempt == self.retries:
                break
            with self._lock:
                self.retried += 1
            time.sleep(delay)
            wait = min(wait * 2, 5.0) if wait > 0 else 0.0
        raise MathgymError(
            "%s %s failed after %d attempts: %s" % (method, path, attempts, last),
            status=last_status,
            code=str((last_err or {}).get("code", "UNAVAILABLE")),
            fields=(last_err or {}).get("fields"),
            body=last_body,
            attempts=attempts,
        )

    def post(self, path: str, body: Any) -> Any:
        return self.request("POST", path, body)

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def _chunks(self, n: int) -> List[Tuple[int, int]]:
        return [(i, min(n, i + self.max_items)) for i in range(0, n, self.max_items)] or [(0, 0)]

    # ------------------------------------------------------------------ scoring

    def get_reward(self, query: Sequence[str], prompts: Optional[Sequence[str]] = None, labels: Optional[Sequence[Optional[str]]] = None) -> Dict[str, Any]:
        """OpenRLHF protocol (``POST /get_reward``): ``{rewards, scores, extra_logs, errors}``.

        ``query[i]`` is prompt + response; the response is ``query[i]`` without its ``prompts[i]``
        prefix. ``labels`` are the gold answers (None = no label: reward 0 and listed in ``errors``).
        """
        query = list(query)
        labels = [None] * len(query) if labels is None else list(labels)
        prompts = None if prompts is None else list(prompts)
        out: Dict[str, Any] = {"rewards": [], "scores": [], "extra_logs": {}, "errors": []}
        for lo, hi in self._chunks(len(query)):
            body: Dict[str, Any] = {"query": query[lo:hi], "labels": labels[lo:hi]}
            if prompts is not None:
                body["prompts"] = prompts[lo:hi]
            r = _float_rewards(self.post("/get_reward", body))
            if lo == 0 and hi == len(query):
                return r
            out["rewards"] += r["rewards"]
            out["scores"] += r["scores"]
            for k, v in r.get("extra_logs", {}).items():
                out["extra_logs"].setdefault(k, []).extend(v if isinstance(v, list) else [v])
            out["errors"] += [dict(e, index=e["index"] + lo) for e in r.get("errors", [])]
        return out

    def score(self, items: Sequence[Dict[str, Any]], reward: Optional[str] = None) -> List[Dict[str, Any]]:
        """``POST /v1/score``: items ``{completion, answer, prompt?, info?}`` (completion/prompt: text or a
        list of ``{role, content}`` messages). Returns one dict per item, in order:
        ``{index, reward, correct, rule, pred, components, error}``; ``reward`` is None (and ``error``
        ``{code, message}``) where the verifier could not judge the item."""
        items = list(items)
        results: List[Dict[str, Any]] = []
        for lo, hi in self._chunks(len(items)):
            body: Dict[str, Any] = {"items": items[lo:hi]}
            if reward:
                body["reward"] = reward
            for r in self.post("/v1/score", body)["results"]:
                results.append(dict(r, index=r.get("index", 0) + lo, reward=_floats(r.get("reward"))))
        return results

    def compute_score(self, data_source: str, solution_str: str, ground_truth: Any, extra_info: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """verl-style score of one item: ``{score, acc, pred, rule, error, verifier_error}`` (``error`` '' or
        ``CODE: message``; ``verifier_error`` 1.0 when the server could not judge the item, else 0.0)."""
        return self.compute_score_batch([{"data_source": data_source, "solution_str": solution_str, "ground_truth": ground_truth, "extra_info": extra_info}])[0]

    def compute_score_batch(self, items: Sequence[Any]) -> List[Dict[str, Any]]:
        """``POST /v1/compute_score``: items are dicts ``{data_source, solution_str, ground_truth, extra_info?}``
        or tuples in that order."""
        norm: List[Dict[str, Any]] = []
        for it in items:
            if not isinstance(it, dict):
                t = tuple(it)
                it = {"data_source": t[0], "solution_str": t[1], "ground_truth": t[2], "extra_info": t[3] if len(t) > 3 else None}
            d = {"data_source": it.get("data_source") or "", "solution_str": it["solution_str"], "ground_truth": it["ground_truth"]}
            if it.get("extra_info") is not None:
                d["extra_info"] = it["extra_info"]
            norm.append(d)
        results: List[Dict[str, Any]] = []
        for lo, hi in self._chunks(len(norm)):
            for r in self.post("/v1/compute_score", {"items": norm[lo:hi]})["results"]:
                results.append(dict(r, score=float(r["score"]), verifier_error=1.0 if r.get("error") else 0.0))
        return results

    # ------------------------------------------------------------------ environment sessions

    @staticmethod
    def _env_path(env_id: str, verb: str) -> str:
        return "/v1/envs/%s/%s" % (urllib.parse.quote(env_id, safe=""), verb)

    def env_reset(self, env_id: str, seed: Optional[int] = None, options: Optional[Dict[str, Any]] = None, kwargs: Optional[Dict[str, Any]] = None, session_id: Optional[str] = None) -> Dict[str, Any]:
        """Opens a session on ``env_id`` (``make(env_id, kwargs)`` then ``reset(seed, options)``), or resets
        ``session_id``. Returns ``{session_id, observation, info, expires_in_s}``."""
        body: Dict[str, Any] = {}
        for k, v in (("seed", seed), ("options", options), ("kwargs", kwargs), ("session_id", session_id)):
            if v is not None:
                body[k] = v
        if session_id is not None:
            # an existing session lives on one replica
            base, key = self._session(session_id)
        else:
            # a new one may open on any; behind a balancer (deploy/nginx.conf) the affinity key picks the
            # replica, and the session's later calls send the same key
            base, key = None, uuid.uuid4().hex
        # a reset may open a session (not idempotent): retry only what the server certainly did not run
        r, target = self._send("POST", self._env_path(env_id, "reset"), body, base, False, {"X-Session-Affinity": key})
        with self._lock:
            self._sessions[r["session_id"]] = (target, key)
        return r

    def env_step(self, env_id: str, session_id: str, action: Any) -> Dict[str, Any]:
        """``{session_id, observation, reward, terminated, truncated, info}``."""
        base, key = self._session(session_id)
        try:
            return self._send("POST", self._env_path(env_id, "step"), {"session_id": session_id, "action": action}, base, False, {"X-Session-Affinity": key})[0]
        except MathgymError as e:
            if e.status in (404, 504):  # the server no longer has the session (expired, or closed after a timeout)
                with self._lock:
                    self._sessions.pop(session_id, None)
            raise

    def env_close(self, env_id: str, session_id: str) -> Dict[str, Any]:
        """``{closed: true}``; MathgymError 404 SESSION_NOT_FOUND if it was already closed or expired."""
        base, key = self._session(session_id)
        try:
            return self._send("POST", self._env_path(env_id, "close"), {"session_id": session_id}, base, False, {"X-Session-Affinity": key})[0]
        finally:
            with self._lock:
                self._sessions.pop(session_id, None)

    def _session(self, session_id: str) -> Tuple[str, str]:
        """(replica URL, affinity key) of a session this client opened; (first URL, the id) for others."""
        with self._lock:
            return self._sessions.get(session_id) or (self.urls[0], session_id)

    # ------------------------------------------------------------------ probes

    def healthz(self) -> Dict[str, Any]:
        return self.get("/healthz")

    def readyz(self) -> Dict[str, Any]:
        return self.get("/readyz")

    def metrics(self) -> str:
        return self.get("/metrics")


# ---------------------------------------------------------------------- trainer adapters

# No module-level lock: verl's "remote" reward manager cloudpickles compute_score (and so this module's
# globals) into Ray actors, and a lock cannot be pickled. Two threads racing here at worst build two
# equivalent clients; dict assignment itself is atomic.
_default: Dict[Tuple[str, Optional[str]], MathgymClient] = {}


def default_client(url: Optional[str] = None, token: Optional[str] = None) -> MathgymClient:
    """A client per (url, token), shared in this process: url default $MATHGYM_SERVER_URL or http://127.0.0.1:8000."""
    u = url or os.environ.get("MATHGYM_SERVER_URL") or DEFAULT_URL
    c = _default.get((u, token))
    if c is None:
        c = _default.setdefault((u, token), MathgymClient(u, token=token))
    return c


def make_trl_reward(url: Optional[str] = None, token: Optional[str] = None, answer_key: str = "answer", reward: Optional[str] = None, client: Optional[MathgymClient] = None, name: str = "mathgym_reward") -> Callable[..., List[Optional[float]]]:
    """A TRL GRPOTrainer reward function scoring on the server's ``/v1/score``.

    TRL calls ``f(prompts=..., completions=..., completion_ids=..., **dataset_columns)``; the gold
    answers are the ``answer_key`` column. Conversational completions (lists of ``{role, content}``
    messages) are sent as they are. Returns ``list[float | None]``: None where the verifier could
    not judge the item or the gold answer is missing (TRL then ignores that reward for that sample).
    """

    def reward_fn(prompts: Optional[Sequence[Any]] = None, completions: Optional[Sequence[Any]] = None, *args: Any, **kwargs: Any) -> List[Optional[float]]:
        if completions is None:
            raise TypeError("%s: TRL passes completions=...; got none" % name)
        # TRL passes keywords; a direct call may pass the gold answers third: f(prompts, completions, answer)
        answers = kwargs.get(answer_key, args[0] if args else None)
        if answers is None:
            raise TypeError("%s: the dataset needs a %r column with the gold answers (set answer_key=...); got columns %s" % (name, answer_key, sorted(k for k in kwargs if k not in ("trainer_state", "log_extra", "log_metric", "environments", "completion_ids"))))
        completions = list(completions)
        answers = list(answers)
        if len(answers) != len(completions):
            raise ValueError("%s: %d completions but %d answers" % (name, len(completions), len(answers)))
        prompt_list = list(prompts) if prompts is not None else None
        items, where = [], []
        for i, (c, a) in enumerate(zip(completions, answers)):
            if a is None:
                continue
            item: Dict[str, Any] = {"completion": c, "answer": a if isinstance(a, str) else str(_jsonable(a) if hasattr(a, "item") else a)}
            if prompt_list is not None and i < len(prompt_list) and prompt_list[i] is not None:
                item["prompt"] = prompt_list[i]
            items.append(item)
            where.append(i)
        out: List[Optional[float]] = [None] * len(completions)
        if items:
            c = client or default_client(url, token)
            for i, r in zip(where, c.score(items, reward=reward)):
                out[i] = None if r.get("reward") is None else float(r["reward"])
        return out

    reward_fn.__name__ = name  # TRL logs rewards/<__name__>
    reward_fn.__qualname__ = name
    return reward_fn


#: TRL reward function on $MATHGYM_SERVER_URL: ``GRPOTrainer(reward_funcs=[mathgym_reward])``.
mathgym_reward = make_trl_reward()


ON_ERROR = ("zero", "nan", "raise")


def _verl_result(r: Dict[str, Any], on_error: str) -> Dict[str, Any]:
    """What a verl adapter returns for one server result, given ``on_error`` (see compute_score)."""
    if not r.get("error"):
        return r
    if on_error == "raise":
        raise MathgymError("mathgym could not judge the item: %s" % r["error"], code=str(r["error"]).split(":")[0])
    if on_error == "nan":
        return dict(r, score=float("nan"))
    return r


def _check_on_error(on_error: str) -> None:
    if on_error not in ON_ERROR:
        raise ValueError("on_error must be one of %s, got %r" % (", ".join(ON_ERROR), on_error))


def compute_score(data_source: str, solution_str: str, ground_truth: Any, extra_info: Optional[Dict[str, Any]] = None, url: Optional[str] = None, token: Optional[str] = None, on_error: str = "zero", **kwargs: Any) -> Dict[str, Any]:
    """verl custom reward (``custom_reward_function.name=compute_score``):
    ``{score, acc, pred, rule, error, verifier_error}``, ``score`` a float.

    verl has no per-sample skip, so an item the server could not judge (verifier timeout, completion
    over --max-completion-chars) is, by ``on_error``: ``"zero"`` (default) score 0.0 with
    ``verifier_error`` 1.0 and ``error`` = ``CODE: message`` (verl logs both in reward_extra_info);
    ``"nan"`` score NaN; ``"raise"`` MathgymError (stops the step). ``url``, ``token`` and
    ``on_error`` can come from ``custom_reward_function.reward_kwargs``.
    """
    _check_on_error(on_error)
    return _verl_result(default_client(url, token).compute_score(data_source, solution_str, ground_truth, extra_info), on_error)


def compute_score_value(data_source: str, solution_str: str, ground_truth: Any, extra_info: Optional[Dict[str, Any]] = None, url: Optional[str] = None, token: Optional[str] = None, on_error: str = "zero", **kwargs: Any) -> float:
    """``compute_score`` as a plain float, for callers that need a number (verl's ``main_eval``
    averages ``np.mean`` of what compute_score returns): ``custom_reward_function.name=compute_score_value``."""
    return float(compute_score(data_source, solution_str, ground_truth, extra_info, url=url, token=token, on_error=on_error)["score"])


def compute_score_batched(data_sources: Sequence[str], solution_strs: Sequence[str], ground_truths: Sequence[Any], extra_infos: Optional[Sequence[Any]] = None, url: Optional[str] = None, token: Optional[str] = None, on_error: str = "zero", **kwargs: Any) -> List[Dict[str, Any]]:
    """verl batch reward manager (``reward_model.reward_manager=batch``): one request per batch; results as compute_score's."""
    _check_on_error(on_error)
    n = len(solution_strs)
    infos = list(extra_infos) if extra_infos is not None else [None] * n
    items = [{"data_source": d, "solution_str": s, "ground_truth": g, "extra_info": e} for d, s, g, e in zip(data_sources, solution_strs, ground_truths, infos)]
    return [_verl_result(r, on_error) for r in default_client(url, token).compute_score_batch(items)]


# ---------------------------------------------------------------------- self-test


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _stub_server(script: List[Tuple[int, Dict[str, str], Dict[str, Any]]]):
    """A local HTTP server answering POSTs from ``script`` in order (status, headers, json), then 200 {}."""
    import http.server

    answers = list(script)
    seen: List[Tuple[str, Optional[str]]] = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append((self.path, self.headers.get("X-Session-Affinity")))
            status, headers, body = answers.pop(0) if answers else (200, {}, {"results": []})
            raw = json.dumps(body).encode()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *a: Any) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, seen


def selftest(url: str, token: Optional[str]) -> Dict[str, Any]:
    """Exercises every endpoint with known answers; returns {"ok", "checks": {name: "ok" | "FAIL: ..."}}."""
    checks: Dict[str, str] = {}
    t0 = time.time()
    client = MathgymClient(url, token=token, retries=2, backoff=0.05, timeout=30)

    def check(name: str, f: Callable[[], Any]) -> None:
        try:
            out = f()
            checks[name] = "ok" if out is None or out is True else "FAIL: %r" % (out,)
        except AssertionError as e:
            checks[name] = "FAIL: %s" % (e,)
        except Exception as e:  # a check that raises fails, the rest still run
            checks[name] = "FAIL: %s: %s" % (type(e).__name__, e)

    def expect_error(f: Callable[[], Any], status: int, code: str) -> MathgymError:
        try:
            f()
        except MathgymError as e:
            assert e.status == status and e.code == code, "expected %d %s, got %d %s (%s)" % (status, code, e.status, e.code, e.message)
            return e
        raise AssertionError("expected MathgymError %d %s, the call succeeded" % (status, code))

    # --- probes
    def probes() -> None:
        assert client.healthz() == {"status": "ok"}, client.healthz()
        r = client.readyz()
        assert r.get("status") == "ready", r
        doc = client.get("/openapi.json")
        assert doc.get("openapi", "").startswith("3.") and "/get_reward" in doc["paths"], "openapi.json has no /get_reward"

    check("probes", probes)

    # --- OpenRLHF
    def openrlhf() -> None:
        prompts = ["What is 1/2? ", "What is 2+2? "]
        r = client.get_reward([prompts[0] + "so \\boxed{1/2}", prompts[1] + "\\boxed{3}"], prompts, ["0.5", "4"])
        assert r["rewards"] == [1, 0] and r["scores"] == [1, 0], r
        assert r["extra_logs"].get("verifier_error") == [0, 0] and r["errors"] == [], r

    def openrlhf_empty() -> None:
        r = client.get_reward([], [], [])
        assert r["rewards"] == [] and r["scores"] == [] and r["errors"] == [], r

    def openrlhf_errors() -> None:
        # a missing label is not a wrong answer: reward 0, but listed in errors and extra_logs
        r = client.get_reward(["\\boxed{1}", "\\boxed{1}"], None, [None, "1"])
        assert r["rewards"] == [0, 1], r
        assert [e["index"] for e in r["errors"]] == [0] and r["errors"][0]["code"] == "NO_LABEL", r
        assert r["extra_logs"]["verifier_error"] == [1, 0], r
        e = expect_error(lambda: client.get_reward(["a", "b"], None, ["1"]), 400, "VALIDATION")
        assert any(f.get("path") == "/labels" for f in e.fields), e.fields

    def wire_floats() -> None:
        # as the server wrote them (client.post does not convert): Python must read floats, not ints
        g = client.post("/get_reward", {"query": ["\\boxed{1}", "\\boxed{2}"], "labels": ["1", "1"]})
        nums = g["rewards"] + g["scores"] + [x for v in g["extra_logs"].values() for x in v]
        assert nums and all(type(x) is float for x in nums), g
        s = client.post("/v1/score", {"items": [{"completion": "\\boxed{1}", "answer": "1"}]})["results"][0]
        assert type(s["reward"]) is float and type(s["index"]) is int, s
        v = client.post("/v1/compute_score", {"items": [{"data_source": "x", "solution_str": "\\boxed{1}", "ground_truth": "1"}]})["results"][0]
        assert type(v["score"]) is float, v

    check("openrlhf", openrlhf)
    check("wire_floats", wire_floats)
    check("openrlhf_empty_batch", openrlhf_empty)
    check("openrlhf_errors", openrlhf_errors)

    # --- /v1/score
    def score() -> None:
        r = client.score([
            {"completion": "so \\boxed{1/2}", "answer": "0.5"},
            {"completion": "\\boxed{3}", "answer": "4"},
            {"completion": [{"role": "assistant", "content": "The answer is \\boxed{\\frac{1}{2}}"}], "answer": "0.5", "prompt": [{"role": "user", "content": "1/2?"}]},
        ])
        assert [x["reward"] for x in r] == [1, 0, 1], r
        assert [x["index"] for x in r] == [0, 1, 2] and r[0]["correct"] is True and r[1]["correct"] is False and r[0]["error"] is None, r

    def score_errors() -> None:
        # a verifier failure is never a silent 0: reward None plus an error; so is a completion over the
        # server's default --max-completion-chars (1,000,000)
        r = client.score([{"completion": "\\boxed{1}", "answer": ""}, {"completion": "1" * 1000001, "answer": "1"}])
        assert all(x["reward"] is None and x["error"] and x["error"].get("code") for x in r), r
        assert r[1]["error"]["code"] == "COMPLETION_TOO_LONG", r
        e = expect_error(lambda: client.post("/v1/score", {"items": [{"completion": "x"}]}), 400, "VALIDATION")
        assert any(f.get("path") == "/items/0" for f in e.fields), e.fields
        e = expect_error(lambda: client.score([{"completion": "x", "answer": "1"}], reward="no-such-reward"), 400, "VALIDATION")
        assert any(f.get("path") == "/reward" for f in e.fields), e.fields

    def score_reward_name() -> None:
        r = client.score([{"completion": "\\boxed{2}", "answer": "2"}], reward="correctness")
        assert r[0]["reward"] == 1, r

    check("score", score)
    check("score_errors", score_errors)
    check("score_named_reward", score_reward_name)

    # --- /v1/compute_score (verl)
    def verl() -> None:
        r = client.compute_score("openai/gsm8k", "so \\boxed{1/2}", "0.5")
        assert r["score"] == 1 and r["acc"] is True and r["error"] == "" and r["pred"] == "1/2", r
        b = client.compute_score_batch([
            {"data_source": "x", "solution_str": "\\boxed{3}", "ground_truth": "4"},
            ("x", "\\boxed{3}", ["4", "3"], {"split": "test"}),
            {"data_source": "x", "solution_str": "\\boxed{1}", "ground_truth": ""},
        ])
        assert [x["score"] for x in b] == [0, 1, 0], b
        assert b[0]["error"] == "" and b[2]["error"] != "", b  # wrong is '' error; unjudgeable says why
        assert client.compute_score_batch([]) == []

    check("compute_score", verl)

    # --- environment sessions
    env_id = "mathgym/Arithmetic-v0"

    def env_session() -> None:
        a = client.env_reset(env_id, seed=7)
        sid = a["session_id"]
        assert isinstance(a["observation"], str) and a["observation"], a
        wrong = client.env_step(env_id, sid, "not a number")
        assert wrong["reward"] == 0 and wrong["terminated"] is True and wrong["truncated"] is False, wrong
        gold = wrong["info"]["gold"]
        expect_error(lambda: client.env_step(env_id, sid, gold), 400, "RESET_NEEDED")
        again = client.env_reset(env_id, seed=7, session_id=sid)  # same seed, same episode
        assert again["session_id"] == sid and again["observation"] == a["observation"], (a, again)
        right = client.env_step(env_id, sid, gold)
        assert right["reward"] == 1 and right["terminated"] is True and right["info"].get("correct") is True, right
        assert client.env_close(env_id, sid) == {"closed": True}
        expect_error(lambda: client.env_step(env_id, sid, gold), 404, "SESSION_NOT_FOUND")
        expect_error(lambda: client.env_close(env_id, sid), 404, "SESSION_NOT_FOUND")

    def env_kwargs_and_errors() -> None:
        a = client.env_reset(env_id, seed=0, kwargs={"difficulty": 5})
        try:
            assert a["info"].get("difficulty") == 5, a["info"]
        finally:
            client.env_close(env_id, a["session_id"])
        expect_error(lambda: client.env_reset("mathgym/Arithmetc-v0"), 404, "ENV_NOT_FOUND")
        expect_error(lambda: client.env_reset(env_id, kwargs={"difficulty": 99}), 400, "CONFIG")
        e = expect_error(lambda: client.env_reset(env_id, seed=-1), 400, "VALIDATION")
        assert any(f.get("path") == "/seed" for f in e.fields), e.fields

    check("env_session", env_session)
    check("env_kwargs_and_errors", env_kwargs_and_errors)

    # --- metrics
    def metrics() -> None:
        text = client.metrics()
        for name in ("mathgym_http_requests_total", "mathgym_items_scored_total", "mathgym_item_errors_total", "mathgym_queue_items", "mathgym_env_sessions"):
            assert name in text, "no %s in /metrics" % name

    check("metrics", metrics)

    # --- auth (the server was started with a token when one is given)
    def auth() -> None:
        anon = MathgymClient(url, token="", retries=0)
        assert anon.healthz() == {"status": "ok"}  # probes are open
        expect_error(lambda: anon.score([{"completion": "1", "answer": "1"}]), 401, "UNAUTHORIZED")
        bad = MathgymClient(url, token=token + "x", retries=0)
        expect_error(lambda: bad.get_reward(["1"], None, ["1"]), 401, "UNAUTHORIZED")

    if token:
        check("auth", auth)

    # --- trainer adapters (this module's TRL and verl functions, on this server)
    def trl_adapter() -> None:
        fn = make_trl_reward(client=client)
        assert fn.__name__ == "mathgym_reward"
        out = fn(
            prompts=["What is one half?", [{"role": "user", "content": "2+2?"}], "x", "y"],
            completions=["so \\boxed{1/2}", [{"role": "assistant", "content": "\\boxed{3}"}], "\\boxed{1}", "\\boxed{7}"],
            completion_ids=[[1], [2], [3], [4]],
            answer=["0.5", "4", "", None],
            trainer_state=None,
        )
        assert out == [1.0, 0.0, None, None], out

    def verl_adapter() -> None:
        r = compute_score("openai/gsm8k", "#### 42", "42", {"index": 3}, url=url, token=token)
        assert r["score"] == 1 and type(r["score"]) is float and r["error"] == "" and r["verifier_error"] == 0.0, r
        v = compute_score_value("openai/gsm8k", "#### 42", "41", url=url, token=token)
        assert v == 0.0 and type(v) is float, v
        bad = compute_score("x", "\\boxed{1}", "", url=url, token=token)
        assert bad["score"] == 0.0 and bad["verifier_error"] == 1.0 and bad["error"], bad
        assert compute_score("x", "\\boxed{1}", "", url=url, token=token, on_error="nan")["score"] != bad["score"]
        try:
            compute_score("x", "\\boxed{1}", "", url=url, token=token, on_error="raise")
            raise AssertionError("on_error='raise' did not raise")
        except MathgymError:
            pass
        b = compute_score_batched(["a", "b"], ["\\boxed{2}", "\\boxed{5}"], ["2", "6"], [None, {"k": 1}], url=url, token=token)
        assert [x["score"] for x in b] == [1, 0], b

    check("trl_adapter", trl_adapter)
    check("verl_adapter", verl_adapter)

    # --- client behaviour: rotation past a dead replica, Retry-After, no retry on 4xx
    def rotation() -> None:
        dead = "http://127.0.0.1:%d" % _free_port()
        c = MathgymClient([dead, url], token=token, retries=2, backoff=0.01)
        r = c.score([{"completion": "\\boxed{2}", "answer": "2"}])
        assert r[0]["reward"] == 1 and c.retried == 1, (r, c.retried)
        s = c.env_reset(env_id, seed=1)  # rotates to the live replica, then stays on it
        assert c.env_close(env_id, s["session_id"]) == {"closed": True}
        only_dead = MathgymClient(dead, retries=1, backoff=0.01)
        e = expect_error(lambda: only_dead.score([]), 0, "UNAVAILABLE")
        assert e.attempts == 2, e.attempts

    def retry_after() -> None:
        srv, seen = _stub_server([
            (503, {"Retry-After": "1"}, {"error": {"code": "DRAINING", "message": "shutting down"}}),
            (429, {"Retry-After": "0"}, {"error": {"code": "QUEUE_FULL", "message": "full"}}),
            (200, {}, {"results": [{"index": 0, "reward": 1, "error": None}]}),
            (400, {}, {"error": {"code": "VALIDATION", "message": "bad", "fields": [{"path": "/items", "message": "x"}]}}),
            (200, {}, {"session_id": "s1", "observation": "o", "info": {}}),
            (504, {}, {"error": {"code": "STEP_TIMEOUT", "message": "slow"}}),
        ])
        try:
            stub = "http://127.0.0.1:%d" % srv.server_address[1]
            c = MathgymClient(stub, retries=3, backoff=0.01, max_retry_after=2)
            t = time.time()
            r = c.score([{"completion": "1", "answer": "1"}])
            took = time.time() - t
            assert r[0]["reward"] == 1 and c.retried == 2 and 0.9 <= took < 3, (r, c.retried, took)
            e = expect_error(lambda: c.score([]), 400, "VALIDATION")
            assert e.fields == [{"path": "/items", "message": "x"}] and e.attempts == 1, e.fields
            # a step that timed out may have run: not retried; a session's calls share one affinity key
            c.env_reset(env_id, seed=1)
            expect_error(lambda: c.env_step(env_id, "s1", "1"), 504, "STEP_TIMEOUT")
            assert [p for p, _ in seen[-2:]] == ["/v1/envs/mathgym%2FArithmetic-v0/reset", "/v1/envs/mathgym%2FArithmetic-v0/step"], seen
            assert len(seen) == 6 and seen[-1][1] and seen[-1][1] == seen[-2][1] and seen[0][1] is None, seen
            assert "s1" not in c._sessions, "a timed-out session is forgotten"
        finally:
            srv.shutdown()
            srv.server_close()

    def batching() -> None:
        # batches over max_items are split; results come back joined, in order, with global indices
        c = MathgymClient(url, token=token, max_items=2)
        items = [{"completion": "\\boxed{%d}" % i, "answer": str(i if i != 3 else 0)} for i in range(5)]
        r = c.score(items)
        assert [x["index"] for x in r] == [0, 1, 2, 3, 4] and [x["reward"] for x in r] == [1, 1, 1, 0, 1], r
        g = c.get_reward(["\\boxed{1}"] * 5, None, ["1", "1", None, "1", None])
        assert g["rewards"] == [1, 1, 0, 1, 0] and [e["index"] for e in g["errors"]] == [2, 4], g
        assert g["extra_logs"]["verifier_error"] == [0, 0, 1, 0, 1], g
        v = c.compute_score_batch([("x", "\\boxed{%d}" % i, str(i)) for i in range(3)])
        assert [x["score"] for x in v] == [1, 1, 1], v

    check("client_batching", batching)
    check("client_rotation", rotation)
    check("client_retry_after", retry_after)

    failed = sorted(k for k, v in checks.items() if v != "ok")
    return {"ok": not failed, "url": url, "auth": bool(token), "passed": len(checks) - len(failed), "failed": failed, "checks": checks, "seconds": round(time.time() - t0, 3)}


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="mathgym_client.py", description="mathgym reward server client (docs/server.md)")
    ap.add_argument("--url", default=os.environ.get("MATHGYM_SERVER_URL") or DEFAULT_URL, help="server base URL, or several comma-separated (default $MATHGYM_SERVER_URL or %s)" % DEFAULT_URL)
    ap.add_argument("--token", default=None, help="bearer token (default $MATHGYM_SERVER_TOKEN)")
    sub = ap.add_subparsers(dest="command")
    sub.add_parser("selftest", help="exercise every endpoint with known answers; print one JSON line; exit 1 on a mismatch")
    sc = sub.add_parser("score", help="score one completion against a gold answer (/v1/score); print the result JSON")
    sc.add_argument("--completion", required=True)
    sc.add_argument("--answer", required=True)
    sc.add_argument("--reward", default=None)
    args = ap.parse_args(argv)
    token = os.environ.get("MATHGYM_SERVER_TOKEN") if args.token is None else args.token
    if args.command == "selftest":
        url = args.url.split(",")[0].strip().rstrip("/")
        result = selftest(url, token or None)
        print(json.dumps(result, sort_keys=True))
        return 0 if result["ok"] else 1
    if args.command == "score":
        try:
            print(json.dumps(MathgymClient(args.url, token=token).score([{"completion": args.completion, "answer": args.answer}], reward=args.reward)[0]))
        except MathgymError as e:
            print("mathgym_client: %s" % e, file=sys.stderr)
            return 1
        return 0
    ap.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

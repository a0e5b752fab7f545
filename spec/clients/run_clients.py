"""Runs the trainers' own request code (vendor/) against a running mathgym server; prints one JSON line.

    python3 run_clients.py URL CLIENT_PY TOO_LONG_CHARS

Each check reports what the trainer would see: the Python types of the rewards, and (where torch is
installed) whether the tensors the trainer builds from them are float and support std(). A check that
raises reports "error: ...". TOO_LONG_CHARS is a completion length over the server's
--max-completion-chars, to see each trainer's handling of an item the server refuses to score.
"""
import asyncio
import json
import math
import os
import subprocess
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "vendor"))

URL, CLIENT, TOO_LONG = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.environ["MATHGYM_SERVER_URL"] = URL

try:
    import torch
except ImportError:
    torch = None

out = {"python": sys.version.split()[0], "torch": torch is not None}


def check(name):
    def wrap(f):
        try:
            out[name] = f()
        except Exception as e:  # noqa: BLE001 - reported, the other checks still run
            out[name] = "error: %s: %s" % (type(e).__name__, str(e)[:500])
        return f

    return wrap


def types_of(xs):
    return sorted({type(x).__name__ for x in xs})


def tensor_report(t):
    return {"dtype": str(t.dtype), "std_ok": bool(torch.isfinite(t.float().std()).item()) if t.numel() > 1 else True}


N = 8192  # an OpenRLHF rollout batch: rollout_batch_size 1024 x n_samples_per_prompt 8
GROUP = 8


@check("openrlhf_v089_whole_batch")
def _():
    import openrlhf_remote_rm as o

    prompts = ["Q%d: what is %d + 1?\n" % (i // GROUP, i // GROUP) for i in range(N)]
    # half right, half wrong within each group: group std is not zero
    query = [p + "so \\boxed{%d}" % ((i // GROUP) + 1 if i % 2 == 0 else 0) for i, p in enumerate(prompts)]
    labels = [str((i // GROUP) + 1) for i in range(N)]
    r = o.request_api_wrapper(URL + "/get_reward", {"query": query, "prompts": prompts, "labels": labels})
    res = {
        "n": len(r["rewards"]),
        "sum": sum(r["rewards"]),
        "reward_types": types_of(r["rewards"]),
        "score_types": types_of(r["scores"]),
        "extra_log_types": sorted({t for v in r["extra_logs"].values() for t in types_of(v)}),
    }
    if torch is not None:
        normed, stds = o.group_norm(r["rewards"], GROUP, torch)
        res["tensor"] = tensor_report(torch.tensor(r["rewards"]))
        res["group_norm_finite"] = bool(torch.isfinite(normed).all().item())
        res["group_std_mean"] = float(stds.mean().item())
    return res


@check("openrlhf_head_per_sample")
def _():
    import openrlhf_remote_rm as o

    ex = o.SingleTurnAgentExecutor(URL + "/get_reward")
    samples = [("Q: 2+2?\n", "Q: 2+2?\nThe answer is \\boxed{4}", "4"), ("Q: 2+2?\n", "Q: 2+2?\n\\boxed{5}", "4"), ("Q: 1/2?\n", "Q: 1/2?\n" + "x" * TOO_LONG + " \\boxed{0.5}", "0.5"), ("Q: 3*3?\n", "Q: 3*3?\n\\boxed{9}", "9")]

    async def run():
        return await asyncio.gather(*[ex._fetch_rewards_via_http([q], [p], [l]) for p, q, l in samples])

    infos = [r[0] for r in asyncio.run(run())]
    res = {"rewards": [i["rewards"] for i in infos], "too_long": [i["extra_logs"]["too_long"] for i in infos], "error_codes": [[e["code"] for e in i["errors"]] for i in infos]}
    res["reward_types"] = types_of([x for i in infos for x in i["rewards"]])
    if torch is not None:
        tensors = [o.head_experience_tensors(i, torch) for i in infos]
        # experience_maker: torch.cat of the experiences' rewards, reshaped to (prompts, n_samples_per_prompt)
        rewards = torch.cat([t[0] for t in tensors], dim=0).reshape(-1, len(samples))
        res["tensor"] = tensor_report(rewards)
        res["info_dtypes"] = sorted({str(v.dtype) for _, info in tensors for v in info.values()})
        res["group_norm_finite"] = bool(torch.isfinite(((rewards - rewards.mean(-1, keepdim=True)) / (rewards.std(-1, keepdim=True) + 1e-9))).all().item())
    return res


@check("verl_remote_manager")
def _():
    import cloudpickle

    import verl_reward as v

    fn = v.get_custom_reward_fn({"path": CLIENT, "name": "compute_score", "reward_kwargs": {"url": URL}})
    # Ray ships the function to the RewardComputeWorker actors with cloudpickle: run the copy in another process
    blob = cloudpickle.dumps(fn)
    child = (
        "import sys, json, cloudpickle\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import verl_reward as v\n"
        "fn = cloudpickle.loads(sys.stdin.buffer.read())\n"
        "w = v.RewardComputeWorker(fn)\n"
        "rs = [v.run_single_result(w.compute_score(data_source='openai/gsm8k', solution_str=s, ground_truth=g, extra_info={'split': 'train'})) for s, g in ((sys.argv[2], '18'), ('#### 17', '18'), (sys.argv[3], '18'))]\n"
        "print(json.dumps([[r['reward_score'], type(r['reward_score']).__name__, r['reward_extra_info'].get('verifier_error'), r['reward_extra_info'].get('error', '')[:40]] for r in rs]))\n"
    )
    p = subprocess.run([sys.executable, "-c", child, os.path.join(HERE, "vendor"), "so the answer is \\boxed{18}", "y" * TOO_LONG + " \\boxed{18}"], input=blob, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.decode()[-500:])
    return json.loads(p.stdout)


@check("verl_main_eval")
def _():
    import verl_reward as v

    cfg = {"path": CLIENT, "name": "compute_score_value", "reward_kwargs": {"url": URL}}
    ds, mean = v.process_item(cfg, "math", ["\\boxed{1/2}", "\\boxed{0.5}", "\\boxed{2}", "no answer"], {"ground_truth": "\\frac{1}{2}"})
    return {"data_source": ds, "mean": float(mean), "finite": math.isfinite(mean)}


@check("trl_grpo")
def _():
    if torch is None:
        return "skipped: no torch"
    import trl_rewards as t

    spec = __import__("importlib.util").util.spec_from_file_location("mathgym_client", CLIENT)
    m = __import__("importlib.util").util.module_from_spec(spec)
    spec.loader.exec_module(m)
    fn = m.make_trl_reward(url=URL)
    prompts = ["2+2?"] * 4 + ["What is one half?"] * 4  # the answer 1/2 must not be a copy of the question (copies are refused)
    completions = ["\\boxed{4}", "\\boxed{5}", [{"role": "assistant", "content": "it is \\boxed{4}"}], "z" * TOO_LONG + "\\boxed{4}", "\\boxed{0.5}", "\\boxed{1/2}", "\\boxed{2}", "\\boxed{3}"]
    answer = ["4"] * 4 + ["\\frac{1}{2}"] * 4
    raw = fn(prompts=prompts, completions=completions, completion_ids=[[0]] * 8, answer=answer, trainer_state=None)
    rewards, unscorable, means, stds = t.score_group(fn, prompts, completions, [[0]] * 8, {"answer": answer, "trainer_state": None}, 4)
    return {
        "raw": raw,
        "raw_types": types_of(raw),
        "dtype": str(rewards.dtype),
        "unscorable": unscorable.tolist(),
        "group_means": [round(float(x), 6) for x in means],
        "std_finite": bool(torch.isfinite(stds).all().item()),
    }


@check("slime_remote_rm")
def _():
    import slime_remote_rm as s

    args = types.SimpleNamespace(rm_url=URL + "/v1/slime/reward")
    samples = [types.SimpleNamespace(prompt="What is 2+2?", response="\\boxed{4}", label="4"), types.SimpleNamespace(prompt=[{"role": "user", "content": "2+2?"}], response="\\boxed{5}", label="4")]

    async def run():
        try:
            return await asyncio.gather(*[s.remote_rm(args, x, max_retries=2) for x in samples])
        finally:
            await s._get_shared_session().close()

    rewards = asyncio.run(run())
    res = {"rewards": rewards, "types": types_of(rewards)}
    if torch is not None:
        res["tensor"] = tensor_report(torch.tensor(rewards))
    return res


@check("nemo_gym_verify")
def _():
    import aiohttp
    import nemo_gym_verify as n

    async def run():
        async with aiohttp.ClientSession() as session:
            seeded = await (await session.post(URL + "/seed_session", json={})).json()
            outs = []
            for text in ("5", "The sum is \\boxed{4}."):
                async with session.post(URL + "/verify", json=n.verify_body("What is 2 + 2?", text, "4")) as resp:
                    resp.raise_for_status()
                    outs.append(await resp.json())
            return seeded, outs

    seeded, outs = asyncio.run(run())
    return {"seed_session": seeded, "rewards": [o["reward"] for o in outs], "types": types_of([o["reward"] for o in outs]), "echo": outs[0]["expected_answer"] == "4" and outs[0]["response"]["id"] == "response_1"}


print(json.dumps(out))

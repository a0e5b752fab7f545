# Request code of OpenRLHF's remote reward model client, copied verbatim (only the indentation of the
# method below is kept as it is in its class), for spec/clients/real-clients.spec.ts.
#
# Source: https://github.com/OpenRLHF/OpenRLHF
#   request_api_wrapper: openrlhf/utils/remote_rm_utils.py at tag v0.8.9 (3c99cb9c036c2f249d9ad4b0a926321c53b31e9b)
#   SingleTurnAgentExecutor._fetch_rewards_via_http: openrlhf/utils/agent.py at 3c3be6234e0cb353e76bb8019947db9dfe99fca7 (2026-08-13)
#   tensor lines: openrlhf/trainer/ppo_utils/samples_generator.py and experience_maker.py at the same commit,
#   openrlhf/trainer/ppo_trainer.py at v0.8.9
# Copyright OpenRLHF contributors. Licensed under the Apache License, Version 2.0 (see LICENSE-APACHE-2.0
# in this folder); modifications: the module imports and the small wrapper functions marked "mathgym".
import asyncio
import logging
import time

import aiohttp
import requests

logger = logging.getLogger("openrlhf")


# ---- OpenRLHF v0.8.9 openrlhf/utils/remote_rm_utils.py (verbatim)
def request_api_wrapper(url, data, try_max_times=5):
    """Synchronous request API wrapper"""
    headers = {
        "Content-Type": "application/json",
    }
    for _ in range(try_max_times):
        try:
            response = requests.post(url=url, json=data, headers=headers, timeout=180)
            response.raise_for_status()  # Raise an HTTPError for bad responses
            response = response.json()
            return response
        except requests.RequestException as e:
            logger.info(f"Request error, please check: {e}")
        except Exception as e:
            logger.info(f"Unexpected error, please check: {e}")
        time.sleep(1)

    raise Exception(f"Request error for {try_max_times} times, returning None. Please check the API server.")



# ---- OpenRLHF HEAD openrlhf/utils/agent.py, SingleTurnAgentExecutor (method verbatim)
class SingleTurnAgentExecutor:
    def __init__(self, remote_rm_url=None):  # mathgym: only the endpoint list of the original __init__
        reward_endpoints = [remote_rm_url] if isinstance(remote_rm_url, str) else remote_rm_url
        self.reward_endpoints = reward_endpoints or []

    async def _fetch_rewards_via_http(self, queries_list, prompts_list, labels_list):
        """HTTP fallback: shard requests across servers."""
        num_servers = len(self.reward_endpoints)
        batch_size = (len(queries_list) + num_servers - 1) // num_servers
        timeout = aiohttp.ClientTimeout(total=180)

        tasks = []
        for i, rm in enumerate(self.reward_endpoints):
            start_idx = i * batch_size
            end_idx = min((i + 1) * batch_size, len(queries_list))
            payload = {
                "query": queries_list[start_idx:end_idx],
                "prompts": prompts_list[start_idx:end_idx],
                "labels": labels_list[start_idx:end_idx],
            }

            async def _post_request(url, data, try_max_times=5):
                for _ in range(try_max_times):
                    try:
                        async with aiohttp.ClientSession(timeout=timeout) as session:
                            async with session.post(url, json=data) as response:
                                response.raise_for_status()
                                return await response.json()
                    except aiohttp.ClientError as e:
                        logger.info(f"Request error, please check: {e}")
                    except Exception as e:  # pragma: no cover - defensive
                        logger.info(f"Unexpected error, please check: {e}")
                    await asyncio.sleep(1)

                raise RuntimeError(
                    f"Request error for {try_max_times} times, returning None. Please check the API server."
                )

            tasks.append(asyncio.create_task(_post_request(rm, payload)))
        return await asyncio.gather(*tasks)


# ---- mathgym: what OpenRLHF does with the answers, lines verbatim from the files named above
def head_experience_tensors(rewards_info, torch):
    """samples_generator.py _process_response_into_experience: one request per sample (HEAD)."""
    reward_val = rewards_info.get("rewards")
    score_val = rewards_info.get("scores")
    info = {}
    if reward_val is not None:
        info["reward"] = torch.tensor([reward_val])
    if score_val is not None:
        info["score"] = torch.tensor([score_val])
    extra_logs = rewards_info.get("extra_logs", {})
    for key, value in extra_logs.items():
        if isinstance(value, torch.Tensor):
            value = value.flatten()[0].item()
        info[key] = torch.tensor([value])
    return torch.tensor([reward_val]) if reward_val is not None else None, info


def group_norm(rewards_list, n_samples_per_prompt, torch):
    """ppo_trainer.py (v0.8.9) then experience_maker.py compute_advantages_and_returns (group_norm, group std)."""
    rewards = torch.tensor(rewards_list).reshape(-1, n_samples_per_prompt)
    group_reward_stds = rewards.std(-1, keepdim=True)
    rewards = (rewards - rewards.mean(-1, keepdim=True)) / (rewards.std(-1, keepdim=True) + 1e-9)
    return rewards, group_reward_stds

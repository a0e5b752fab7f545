# The body NeMo Gym sends to a resources server's /verify, copied verbatim from its example client, for
# spec/clients/real-clients.spec.ts.
#
# Source: https://github.com/NVIDIA-NeMo/Gym at 07d6b0d07b22fcf530b4c211dae2ee23100428e4 (2026-08-22):
#   resources_servers/math_with_judge/client.py (the json= body of server_client.post)
# SPDX-FileCopyrightText: Copyright (c) 2025 NVIDIA CORPORATION & AFFILIATES. All rights reserved.
# SPDX-License-Identifier: Apache-2.0 (see LICENSE-APACHE-2.0 in this folder); modifications: the body is
# returned by a function whose arguments replace the literal question, answer text and expected answer.


def verify_body(question, text, expected_answer):  # mathgym
    return {
        "responses_create_params": {
            "input": [
                {
                    "role": "user",
                    "content": question,
                },
            ]
        },
        "response": {
            "id": "response_1",
            "created_at": 1.0,
            "model": "model_1",
            "object": "response",
            "output": [
                {
                    "id": "message_1",
                    "content": [
                        {
                            "annotations": [],
                            "text": text,
                            "type": "output_text",
                        }
                    ],
                    "role": "assistant",
                    "status": "completed",
                    "type": "message",
                }
            ],
            "parallel_tool_calls": False,
            "tool_choice": "none",
            "tools": [],
        },
        "question": question,
        "expected_answer": expected_answer,
    }
